using ReviewEngine.Application.Opinions;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.CaseFiles;

/// <summary>
/// The fixed order of a 卷宗 (issue 8): submission rounds, 补正 materials, lawyer/expert/district opinions, the
/// opinion letter, adoption feedback, the signed contract (and any text refused at 签订); anything else last.
/// Classified by what the action that brought the document means in the case's pinned workflow (its tags and
/// records), never by its id, so renaming an action keeps its documents in their section.
/// </summary>
public static class CaseFileSection
{
    private static readonly (string Label, Func<WorkflowDefinition, string, bool> Holds)[] Sections =
    [
        ("送审材料", (wf, p) => p == ReviewCase.SubmitAction || wf.FindAction(p)?.NewRound == true),
        ("补正材料", (wf, p) => wf.ActionHas(p, ActionTag.SupplementSubmitted)),
        ("法律意见与专家意见", (wf, p) => wf.ActionHas(p, ActionTag.LawyerOpinion) || wf.ActionHas(p, ActionTag.ExpertOpinion) || wf.ActionHas(p, ActionTag.DistrictGuidance)),
        ("审查意见书", (wf, p) => p == OpinionLetterOptions.DocumentPurpose || wf.ActionRecords(p, ActionRecord.Opinion) || wf.ActionRecords(p, ActionRecord.OpinionApproval)),
        ("采纳情况反馈", (wf, p) => wf.ActionRecords(p, ActionRecord.Adoption) || wf.ActionHas(p, ActionTag.RevisionConfirmed) || wf.ActionHas(p, ActionTag.RevisionRejected)),
        ("签订文本", (wf, p) => p == ReviewCase.SigningRefused || wf.ActionRecords(p, ActionRecord.Signing)),
    ];

    /// <summary>0-based rank of the section a purpose belongs to; unknown purposes rank after all named sections.</summary>
    public static int Rank(WorkflowDefinition wf, string purpose)
    {
        var index = Array.FindIndex(Sections, s => s.Holds(wf, purpose));
        return index < 0 ? Sections.Length : index;
    }

    public static string Label(WorkflowDefinition wf, string purpose)
    {
        var rank = Rank(wf, purpose);
        return rank < Sections.Length ? Sections[rank].Label : "其他材料";
    }
}
