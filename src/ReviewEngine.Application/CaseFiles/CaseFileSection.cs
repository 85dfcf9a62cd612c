namespace ReviewEngine.Application.CaseFiles;

/// <summary>
/// The fixed order of a 卷宗 (issue 8): submission rounds, 补正 materials, lawyer/expert/district opinions, the
/// opinion letter, adoption feedback, the signed contract (and any text refused at 签订); anything else last. Classified by the action that brought the document.
/// </summary>
public static class CaseFileSection
{
    private static readonly (string Label, string[] Purposes)[] Sections =
    [
        ("送审材料", ["submit", "submitNewRound"]),
        ("补正材料", ["submitSupplement"]),
        ("法律意见与专家意见", ["submitLawyerOpinion", "giveExpertOpinion", "giveGuidance"]),
        ("审查意见书", ["draftOpinion", "approveOpinion", Opinions.OpinionLetterOptions.DocumentPurpose]),
        ("采纳情况反馈", ["confirmAdoption", "submitRevision", "confirmRevision", "rejectRevision"]),
        ("签订文本", ["sign", Domain.Reviews.ReviewCase.SigningRefused]),
    ];

    /// <summary>0-based rank of the section a purpose belongs to; unknown purposes rank after all named sections.</summary>
    public static int Rank(string purpose)
    {
        var index = Array.FindIndex(Sections, s => s.Purposes.Contains(purpose));
        return index < 0 ? Sections.Length : index;
    }

    public static string Label(string purpose)
    {
        var rank = Rank(purpose);
        return rank < Sections.Length ? Sections[rank].Label : "其他材料";
    }
}
