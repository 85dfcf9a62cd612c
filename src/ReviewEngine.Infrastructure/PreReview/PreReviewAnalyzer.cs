using System.Text;
using System.Text.RegularExpressions;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.PreReview;
using ReviewEngine.Domain.PreReview;
using ReviewEngine.Infrastructure.Documents;

namespace ReviewEngine.Infrastructure.PreReview;

/// <summary>The checklist rules loaded once (fail fast on a bad rule file), applied to a document's extracted text.</summary>
public sealed class PreReviewAnalyzer(string? rulesDirectory = null) : IPreReviewAnalyzer
{
    /// <summary>What the case page says when a rule ran out of time; the reviewer runs the pre-review again.</summary>
    public const string TimedOut = "智能预审未完成（超时），请重新运行";

    private readonly Lazy<PreReviewEngine> _engine = new(() =>
        new PreReviewEngine(FileRuleCatalog.Load(ChecklistDirectory.Locate(rulesDirectory), RegexOptions.Compiled)));

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
        var report = AnalyzeWithOneRetry(new PreReviewInput(preReviewKind, title, text, meta));
        if (report is null)
        {
            return PreReviewOutcome.NotCompleted(TimedOut);
        }

        return new PreReviewOutcome(report.ConclusionLabel, report.Findings.Select(f => new PreReviewHit(f.RuleId, f.Title, f.Severity.ToString().ToUpperInvariant(),
            f.Curability.ToString().ToUpperInvariant(), f.Clause, f.Start, f.End, f.Excerpt, f.Basis, f.Explanation, f.Suggestion)).ToList());
    }

    /// <summary>
    /// Every rule pattern carries a time limit (RuleSourceConverter) so one bad pattern cannot hang a request. The limit
    /// is wall-clock time, so on an overloaded server (a pause, a busy core, the first run of a compiled pattern) a
    /// normal pattern can reach it too: such a stall passes, and one more run finishes. A pattern that is really too
    /// slow times out again, and the pre-review is recorded as not completed; the upload still goes through.
    /// </summary>
    private PreReviewReport? AnalyzeWithOneRetry(PreReviewInput input)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                return _engine.Value.Analyze(input);
            }
            catch (RegexMatchTimeoutException)
            {
                // A stall on a loaded server: the next run normally finishes.
            }
        }
        return null;
    }
}
