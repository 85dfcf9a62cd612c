using ReviewEngine.Domain.Experts;

namespace ReviewEngine.Application.Opinions;

/// <summary>One expert's written opinion from the consultation, flagged when it dissents.</summary>
/// <param name="Verdict">同意 / 修改后同意 / 不同意 when known (panels, or an opinion that opens with it).</param>
public sealed record ExpertOpinionEntry(string Expert, string Text, bool Dissent, ExpertVerdict? Verdict = null);
