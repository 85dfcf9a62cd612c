using ReviewEngine.Domain.PreReview;
using ReviewEngine.Domain.PreReview.Rules;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>Loads the real rule files once per test run (they are data under test, not a fixture copy).</summary>
internal static class RuleFixture
{
    private static readonly Lazy<PreReviewEngine> LazyEngine = new(() => new PreReviewEngine(LoadRules()));

    public static PreReviewEngine Engine => LazyEngine.Value;

    public static RuleSet LoadRules() => RuleSetLoader.Load(
        Directory.GetFiles(RepoPaths.Checklists, "*.json")
            .Where(f => Path.GetFileName(f) != "schema.json")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))));

    public static PreReviewReport Analyze(PreReviewKind kind, string text, PreReviewMeta? meta = null, string title = "") =>
        Engine.Analyze(new PreReviewInput(kind, title, text, meta ?? new PreReviewMeta()));
}
