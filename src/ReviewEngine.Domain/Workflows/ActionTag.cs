namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// What an action means, declared in the workflow file (<c>"tags": ["accept"]</c>) so that exports, statistics and pages
/// recognise it by meaning, never by its id: renaming an action keeps its tag. Steps that write a record onto the case
/// (opinion, its approval, adoption, 签订, 集体审议, 公布, 备案) are recognised by <see cref="ActionRecord"/> instead.
/// </summary>
public enum ActionTag
{
    /// <summary>受理: registration accepts the matter (the letter's 受理日期); at least one.</summary>
    Accept,

    /// <summary>退回补正 / 审查中要求补正: the drafter is asked for missing materials.</summary>
    SupplementRequested,

    /// <summary>提交补正材料 (卷宗 section 补正材料).</summary>
    SupplementSubmitted,

    /// <summary>申请延期.</summary>
    ExtensionRequested,

    /// <summary>批准延期.</summary>
    ExtensionApproved,

    /// <summary>标记为情况复杂.</summary>
    ComplexityMarked,

    /// <summary>提请公职律师/法律顾问出具意见.</summary>
    LawyerOpinionRequested,

    /// <summary>公职律师/法律顾问的书面意见 (the letter, 卷宗 section 法律意见与专家意见).</summary>
    LawyerOpinion,

    /// <summary>提请专家论证 (counted by the statistics).</summary>
    ExpertConsultationRequested,

    /// <summary>An expert's opinion (the letter's 专家论证意见).</summary>
    ExpertOpinion,

    /// <summary>The reviewer closes the consultation with a comment (read with the expert opinions of older cases).</summary>
    ConsultationClosed,

    /// <summary>提请区合法性审查中心指导.</summary>
    DistrictReferral,

    /// <summary>区合法性审查中心的指导意见 (the letter, 卷宗).</summary>
    DistrictGuidance,

    /// <summary>提交修改稿及逐项采纳说明.</summary>
    RevisionSubmitted,

    /// <summary>复核通过 (卷宗 section 采纳情况反馈).</summary>
    RevisionConfirmed,

    /// <summary>复核不通过 (卷宗 section 采纳情况反馈).</summary>
    RevisionRejected,

    /// <summary>撤回送审 (from almost every state; left out of the case page's flowchart).</summary>
    Withdrawal,
}
