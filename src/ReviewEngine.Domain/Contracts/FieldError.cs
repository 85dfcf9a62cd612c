namespace ReviewEngine.Domain.Contracts;

/// <summary>One problem with one submitted field, in Chinese; <see cref="Field"/> is the field name from fields.json
/// (or <c>omitClause</c> for a clause that cannot be left out).</summary>
public sealed record FieldError(string Field, string Message);
