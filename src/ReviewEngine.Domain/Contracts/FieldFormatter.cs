using System.Globalization;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Domain.Contracts;

/// <summary>How a validated value is printed: money with thousands separators and 2 decimals, dates in Chinese,
/// everything else as entered.</summary>
public static class FieldFormatter
{
    public static string Display(TemplateField field, string value) => field.Type switch
    {
        FieldType.Money => decimal.Parse(value, CultureInfo.InvariantCulture).ToString("#,##0.00", CultureInfo.InvariantCulture),
        FieldType.Date => ChineseDates.Format(DateOnly.ParseExact(value, ContractFieldValidator.DateFormat, CultureInfo.InvariantCulture)),
        _ => value,
    };
}
