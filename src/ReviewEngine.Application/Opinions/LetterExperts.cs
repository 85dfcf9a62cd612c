using ReviewEngine.Domain.Audit;
using ReviewEngine.Domain.Experts;

namespace ReviewEngine.Application.Opinions;

/// <summary>
/// 专家论证意见 for the letter: from the round's panels (dissents as the panel summary marks them) or, for cases
/// consulted before panels were recorded, from the audit events' comments; and the answer to each dissent the
/// conclusion departs from.
/// </summary>
public static partial class LetterExperts
{
    // Opinions recorded as free text before verdicts were asked for: these words mark a dissent even without 不同意 first.
    [System.Text.RegularExpressions.GeneratedRegex("不同意|反对|异议|保留意见|不赞同|不认可|不宜签订|不合法")]
    private static partial System.Text.RegularExpressions.Regex DissentWords();

    public static ExpertReview FromPanels(IEnumerable<ExpertConsultation> panels, string conclusion, LetterContext context)
    {
        var entries = new List<ExpertOpinionEntry>();
        var summaries = new List<string>();
        foreach (var summary in panels.Select(p => p.Summary))
        {
            summaries.Add(Summary(summary));
            entries.AddRange(summary.Agreeing.Concat(summary.Dissents).Select(m => new ExpertOpinionEntry(
                m.Organisation.Length == 0 ? m.Name : $"{m.Name}（{m.Organisation}）",
                Opinion(m.Verdict!.Value, m.Text, m.Points),
                summary.Dissents.Contains(m),
                m.Verdict)));
        }

        return summaries.Count == 0 ? ExpertReview.None : new ExpertReview(string.Join("；", summaries) + "。", entries, Answers(entries, conclusion, context));
    }

    /// <summary>From the audit events of the expert actions (the caller picks them by tag: expertOpinion, consultationClosed).</summary>
    public static ExpertReview FromEvents(IEnumerable<AuditEvent> events, string conclusion, LetterContext context)
    {
        var entries = events.Where(e => !string.IsNullOrWhiteSpace(e.Comment))
            .Select(e => (e.ActorName, Text: e.Comment!.Trim(), Verdict: ExpertVerdicts.FromText(e.Comment)))
            .Select(e => new ExpertOpinionEntry(e.ActorName, e.Text, e.Verdict == ExpertVerdict.Disagree || DissentWords().IsMatch(e.Text), e.Verdict))
            .ToList();
        if (entries.Count == 0)
        {
            return ExpertReview.None;
        }

        var dissent = entries.Count(e => e.Dissent);
        var summary = $"共{entries.Count}位专家提出书面意见，" + (dissent == 0 ? "意见一致。" : $"其中{dissent}位持不同意见。");
        return new ExpertReview(summary, entries, Answers(entries, conclusion, context));
    }

    /// <summary>Chinese quotation marks, counted in Chinese: 3位专家提交书面意见，多数意见为“修改后同意”（2位），1位持不同意见.</summary>
    private static string Summary(PanelSummary s) => s.Answered == 0
        ? "专家尚未提交意见"
        : s.Majority is { } v
            ? $"{s.Answered}位专家提交书面意见，多数意见为“{ExpertVerdicts.Label(v)}”（{s.Agreeing.Count}位）" + (s.Dissents.Count == 0 ? "，意见一致" : $"，{s.Dissents.Count}位持不同意见")
            : $"{s.Answered}位专家提交书面意见，意见分歧，未形成多数意见";

    private static string Opinion(ExpertVerdict verdict, string? text, IReadOnlyList<string>? points)
    {
        var label = ExpertVerdicts.Label(verdict);
        var body = (text ?? "").Trim();
        // 【不同意】不同意：… reads twice; the verdict is printed once.
        if (body.StartsWith(label, StringComparison.Ordinal))
        {
            body = body[label.Length..].TrimStart('：', ':', '，', ',', '。', ' ');
        }

        var opinion = body.Length == 0 ? $"{label}。" : $"{label}。{body.TrimEnd('。')}。";
        return points is { Count: > 0 } ? opinion + "要点：" + string.Join("；", points.Select((p, i) => $"{i + 1}. {p.TrimEnd('。')}")) + "。" : opinion;
    }

    private static List<string> Answers(IEnumerable<ExpertOpinionEntry> entries, string conclusion, LetterContext context) =>
        entries.Where(e => e.Verdict is { } v && VerdictConclusions.Departs(v, conclusion))
            .Select(e => DissentAnswer.For(e, conclusion, context)).ToList();
}
