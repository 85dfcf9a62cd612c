namespace ReviewEngine.Domain.Templates;

/// <summary>A rule between fields, declared in fields.json "checks" so arithmetic and plausibility are data, not code:
/// <see cref="FieldCheckKind.Sum"/> — <see cref="Field"/> (a total) equals the sum of <see cref="Others"/>;
/// <see cref="FieldCheckKind.AtMost"/> — Field ≤ Others[0]; <see cref="FieldCheckKind.NotBefore"/> — the date Field is
/// not earlier than the date Others[0]. With <see cref="WhenField"/> the check applies only when that enum field
/// has the value <see cref="WhenEquals"/> (e.g. a total by compensation mode).</summary>
public sealed record FieldCheck(
    FieldCheckKind Kind,
    string Field,
    IReadOnlyList<string> Others,
    string? WhenField = null,
    string? WhenEquals = null,
    string? Help = null);
