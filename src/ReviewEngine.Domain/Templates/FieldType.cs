namespace ReviewEngine.Domain.Templates;

/// <summary>The closed set of field types a template may declare (see templates/README.md).</summary>
public enum FieldType
{
    Text,
    Party,
    Money,
    Date,
    Area,
    Integer,
    Percent,
    Enum,
    UnifiedSocialCreditCode,
    IdCardNumber,
}
