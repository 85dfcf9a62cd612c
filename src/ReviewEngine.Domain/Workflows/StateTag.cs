namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// What a state means, declared in the workflow file (<c>"tags": ["archived"]</c>) so that code asks the pinned
/// definition instead of naming a state id. Closed vocabulary; the rules (unique, final, required) are in <see cref="WorkflowTags"/>.
/// </summary>
public enum StateTag
{
    /// <summary>归档: the matter went through review and its life after review; exactly one, final.</summary>
    Archived,

    /// <summary>已撤回 / 放弃: the drafter ended the matter; at most one, final.</summary>
    Withdrawn,

    /// <summary>不属于审查范围: returned at registration; at most one, final.</summary>
    OutOfScope,
}
