using System.Text.Json;

namespace ReviewEngine.Domain.PreReview.Quality;

/// <summary>
/// One labelled document of an evaluation corpus (tests/data/precheck/*.jsonl): the case as the CLI reads it plus
/// what a reviewer expects — rules that must be raised, rules a prompt should surface, rules (or prefixes ending
/// in *) that must not be raised at MINOR or above, clause traps, and the conclusion.
/// </summary>
public sealed record LabelledCase(
    string Id,
    PreReviewInput Input,
    IReadOnlyList<string> MustFlag,
    IReadOnlyList<string> ShouldFlag,
    IReadOnlyList<string> MustNotFlag,
    IReadOnlyList<(string Rule, string Clause)> ClauseTraps,
    string ExpectedConclusion)
{
    /// <summary>Parses one JSON line; a bad line throws <see cref="FormatException"/> naming the field.</summary>
    public static LabelledCase Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var id = root.TryGetProperty("id", out var idElement) ? idElement.GetString() ?? "?" : "?";
        var traps = new List<(string, string)>();
        if (root.TryGetProperty("clause_expectations", out var expectations) && expectations.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in expectations.EnumerateArray().Where(e => e.GetProperty("expect").GetString() == "no_flag"))
            {
                traps.Add((e.GetProperty("rule").GetString()!, e.GetProperty("clause").GetString()!));
            }
        }
        var input = PreReviewCaseReader.FromElement(root);
        var expected = root.TryGetProperty("expected_conclusion", out var c) ? c.GetString() : null;
        return new LabelledCase(
            id,
            input,
            Strings(root, "must_flag"),
            Strings(root, "should_flag"),
            Strings(root, "must_not_flag"),
            traps,
            PreReviewConclusions.InVocabularyOf(input.Kind, expected ?? throw new FormatException($"{id}: missing \"expected_conclusion\"")));
    }

    public bool MustNotRaise(string ruleId) =>
        MustNotFlag.Any(p => p.EndsWith('*') ? ruleId.StartsWith(p[..^1], StringComparison.Ordinal) : p == ruleId);

    private static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString()!).ToList()
            : [];
}
