using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>
/// One required item of an absence check. Satisfied when some clause matches one of Any (if given) and all of All.
/// OnlyIf makes the item conditional on the document mentioning something (e.g. 停产停业 only for business premises).
/// </summary>
public sealed record RequiredGroup(string Name, IReadOnlyList<Regex> Any, IReadOnlyList<Regex> All, IReadOnlyList<Regex> OnlyIf);
