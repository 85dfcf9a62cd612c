using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Domain.Experts;

/// <summary>
/// The panel of one 专家论证 of a case round: how it was formed (fields, size, seed — null when the reviewer
/// invited named experts), the answer-by date, and each member's opinion or decline. The case's work items and
/// audit trail carry the workflow side; this record carries what the opinion letter and the case page summarise.
/// </summary>
public sealed class ExpertConsultation
{
    private ExpertConsultation()
    {
        State = "";
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public int Round { get; private set; }
    public string State { get; private set; }
    public List<string> Fields { get; private set; } = [];
    public int PanelSize { get; private set; }
    public long? Seed { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public List<PanelMember> Members { get; private set; } = [];

    public PanelSummary Summary => PanelSummary.Of(Members);

    public IEnumerable<Guid> ExpertIds => Members.Where(m => m.ExpertId is not null).Select(m => m.ExpertId!.Value);

    public static ExpertConsultation Open(Guid caseId, int round, string state, IReadOnlyList<string> fields, int size, long? seed,
        DateOnly? dueOn, IEnumerable<PanelMember> members, DateTime nowUtc) => new()
        {
            Id = Guid.CreateVersion7(),
            CaseId = caseId,
            Round = round,
            State = state,
            Fields = [.. fields],
            PanelSize = size,
            Seed = seed,
            DueOn = dueOn,
            CreatedAtUtc = nowUtc,
            Members = [.. members],
        };

    public PanelMember Answer(string userId, ExpertVerdict verdict, string text, IReadOnlyList<string> points, DateTime nowUtc)
    {
        var member = Invited(userId);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ActionRejectedException("提交专家意见", ["须填写书面意见"]);
        }

        var answered = member with
        {
            Status = PanelMemberStatus.Answered,
            Verdict = verdict,
            Text = text.Trim(),
            Points = points.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToArray(),
            AnsweredAtUtc = nowUtc,
        };
        answered = answered with { Signature = Sign(answered) };
        Replace(member, answered);
        return answered;
    }

    public PanelMember Decline(string userId, string reason, DateTime nowUtc)
    {
        var member = Invited(userId);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ActionRejectedException("拒绝参加论证", ["须说明拒绝理由"]);
        }

        var declined = member with { Status = PanelMemberStatus.Declined, DeclineReason = reason.Trim(), AnsweredAtUtc = nowUtc };
        Replace(member, declined);
        return declined;
    }

    public void Add(PanelMember member) => Members = [.. Members, member];

    /// <summary>The opinion as one text for the audit trail: verdict, opinion and numbered points.</summary>
    public static string Format(ExpertVerdict verdict, string text, IReadOnlyList<string> points) =>
        $"【{ExpertVerdicts.Label(verdict)}】{text.Trim()}" + (points.Count == 0 ? "" : "\n要点：" + string.Join("；", points.Select((p, i) => $"{i + 1}. {p}")));

    private PanelMember Invited(string userId) =>
        Members.FirstOrDefault(m => m.UserId == userId && m.Status == PanelMemberStatus.Invited)
        ?? throw new ActionNotAllowedException(["您不在本次论证的专家组中，或已答复"]);

    private void Replace(PanelMember old, PanelMember updated) => Members = Members.Select(m => ReferenceEquals(m, old) ? updated : m).ToList();

    private static string Sign(PanelMember m)
    {
        var canonical = string.Join('\u001f', m.UserId, m.Verdict.ToString(), m.Text, string.Join('\u001e', m.Points ?? []),
            m.AnsweredAtUtc!.Value.Ticks.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
