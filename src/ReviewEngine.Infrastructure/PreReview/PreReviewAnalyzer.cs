using System.Text;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.PreReview;
using ReviewEngine.Domain.PreReview;
using ReviewEngine.Infrastructure.Documents;

namespace ReviewEngine.Infrastructure.PreReview;

/// <summary>The checklist rules loaded once (fail fast on a bad rule file), applied to a document's extracted text.</summary>
public sealed class PreReviewAnalyzer(string? rulesDirectory = null) : IPreReviewAnalyzer
{
    private readonly Lazy<PreReviewEngine> _engine = new(() =>
        new PreReviewEngine(FileRuleCatalog.Load(ChecklistDirectory.Locate(rulesDirectory), System.Text.RegularExpressions.RegexOptions.Compiled)));

    public string? RuleTitle(string ruleId) => _engine.Value.Rules.Rules.FirstOrDefault(r => r.Id == ruleId)?.Title;

    public PreReviewOutcome Analyze(string kind, string title, string fileName, byte[] content, IReadOnlyDictionary<string, string> metadata)
    {
        if (!PreReviewKinds.TryParse(kind, out var preReviewKind))
        {
            return new PreReviewOutcome("—", []);
        }

        PreReviewMeta meta;
        try
        {
            meta = PreReviewCaseReader.MetaFromPairs(metadata.Select(kv => $"{kv.Key}={kv.Value}"));
        }
        catch (FormatException ex)
        {
            throw new InvalidInputException("事项信息有误：" + ex.Message);
        }

        var text = fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
            ? DocxTextExtractor.Extract(new MemoryStream(content))
            : Encoding.UTF8.GetString(content);
        var report = _engine.Value.Analyze(new PreReviewInput(preReviewKind, title, text, meta));
        return new PreReviewOutcome(report.ConclusionLabel, report.Findings.Select(f => new PreReviewHit(f.RuleId, f.Title, f.Severity.ToString().ToUpperInvariant(),
            f.Curability.ToString().ToUpperInvariant(), f.Clause, f.Start, f.End, f.Excerpt, f.Basis, f.Explanation, f.Suggestion)).ToList());
    }
}
