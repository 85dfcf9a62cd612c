namespace ReviewEngine.Domain.Workflows;

/// <summary>A validated workflow. Cases pin (Id, Version, ContentHash) so an edited file never changes a case in flight.</summary>
public sealed class WorkflowDefinition
{
    private readonly Dictionary<string, StateDefinition> _states;
    private readonly Dictionary<string, ActionDefinition> _actionsById;

    public WorkflowDefinition(
        string id,
        int version,
        string contentHash,
        string title,
        IReadOnlyList<string> kinds,
        string initialState,
        ReviewClockPolicy reviewClock,
        IReadOnlyDictionary<string, string> flags,
        IReadOnlyList<MaterialRequirement> materials,
        IReadOnlyList<string> conclusions,
        IReadOnlyList<StateDefinition> states,
        DeadlineLadder? deadlineLadder = null)
    {
        Id = id;
        Version = version;
        ContentHash = contentHash;
        Title = title;
        Kinds = kinds;
        InitialState = initialState;
        ReviewClock = reviewClock;
        Flags = flags;
        Materials = materials;
        Conclusions = conclusions;
        States = states;
        DeadlineLadder = deadlineLadder ?? DeadlineLadder.Default;
        _states = states.ToDictionary(s => s.Id);
        _actionsById = states.SelectMany(s => s.Actions).GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
    }

    public string Id { get; }
    public int Version { get; }
    public string ContentHash { get; }
    public string Title { get; }
    public IReadOnlyList<string> Kinds { get; }
    public string InitialState { get; }
    public ReviewClockPolicy ReviewClock { get; }
    public IReadOnlyDictionary<string, string> Flags { get; }
    public IReadOnlyList<MaterialRequirement> Materials { get; }
    public IReadOnlyList<string> Conclusions { get; }

    /// <summary>Conclusions open only to some cases (存在法律风险: only for 探索性改革 matters, 重大行政决策程序暂行条例 art 25).</summary>
    public IReadOnlyDictionary<string, CaseCondition> ConclusionConditions { get; init; } = new Dictionary<string, CaseCondition>();

    /// <summary>Whether a case with this metadata may be given <paramref name="conclusion"/>.</summary>
    public bool AllowsConclusion(string conclusion, IReadOnlyDictionary<string, string> metadata) =>
        Conclusions.Contains(conclusion) && (!ConclusionConditions.TryGetValue(conclusion, out var when) || when.Holds(metadata));

    /// <summary>
    /// The materials a case with this metadata must carry and does not (<see cref="MaterialRequirement.RequiredFor"/>):
    /// the registrar's missing-materials list and the new-case form's check read the same labels from here.
    /// </summary>
    public IReadOnlyList<MaterialRequirement> MissingMaterials(IReadOnlyDictionary<string, string> metadata, IEnumerable<string> attached)
    {
        var have = attached.ToHashSet(StringComparer.Ordinal);
        return Materials.Where(m => m.RequiredFor(metadata) && !have.Contains(m.Id)).ToList();
    }

    public IReadOnlyList<StateDefinition> States { get; }

    /// <summary>临期/到期/催办/督办 rungs for every work item with a due date (defaults when the file has none).</summary>
    public DeadlineLadder DeadlineLadder { get; }

    public StateDefinition State(string id) =>
        _states.TryGetValue(id, out var state) ? state : throw new KeyNotFoundException($"工作流 {Id} v{Version} 没有状态 '{id}'");

    public string StateLabel(string id) => _states.TryGetValue(id, out var s) ? s.Label : id;

    public string Key => $"{Id}@{Version}";

    /// <summary>The state carrying a unique tag (归档 …), or null when this definition has none.</summary>
    public StateDefinition? StateTagged(StateTag tag) => States.FirstOrDefault(s => s.Tags.Contains(tag));

    public bool StateHas(string stateId, StateTag tag) => _states.TryGetValue(stateId, out var s) && s.Tags.Contains(tag);

    /// <summary>The first action with this id in any state (an id means one thing in every state: the validator checks its tags agree).</summary>
    public ActionDefinition? FindAction(string actionId) => _actionsById.GetValueOrDefault(actionId);

    /// <summary>Whether the action named in an audit event or a document's purpose means <paramref name="tag"/>.</summary>
    public bool ActionHas(string actionId, ActionTag tag) => FindAction(actionId)?.Tags.Contains(tag) == true;

    public bool ActionRecords(string actionId, ActionRecord records) => FindAction(actionId)?.Records == records;

    /// <summary>Ids of the actions tagged so, for queries over stored audit events.</summary>
    public IReadOnlySet<string> ActionIdsTagged(ActionTag tag) => _actionsById.Values.Where(a => a.Tags.Contains(tag)).Select(a => a.Id).ToHashSet();

    /// <summary>The first action (in file order) tagged so, or null.</summary>
    public ActionDefinition? ActionTagged(ActionTag tag) => States.SelectMany(s => s.Actions).FirstOrDefault(a => a.Tags.Contains(tag));
}
