namespace ReviewEngine.Domain.Experts;

/// <summary>
/// A member of the district's legality-review expert pool (合法性审查专家库). Managed by the district administrator;
/// linked to a user account when the expert logs in to give opinions (experts without an account can still be
/// drawn from the command line, but a case consultation needs someone to hold the task).
/// </summary>
public sealed class Expert
{
    private List<string> _fields = [];
    private List<string> _conflicts = [];

    private Expert()
    {
        Name = Organisation = Title = "";
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public string Organisation { get; private set; }
    public OrganisationType OrganisationType { get; private set; }
    public string Title { get; private set; }
    public IReadOnlyList<string> Fields => _fields;
    public int YearsInField { get; private set; }
    public DateOnly TermStart { get; private set; }
    public DateOnly TermEnd { get; private set; }
    public ExpertStatus Status { get; private set; }

    /// <summary>申报回避: organisations and people the expert declared a relationship with.</summary>
    public IReadOnlyList<string> Conflicts => _conflicts;

    public string? UserId { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    public bool IsGovernment => OrganisationType == OrganisationType.GovernmentDepartment;

    public static Expert Register(ExpertProfile profile, DateTime nowUtc, Guid? id = null)
    {
        var expert = new Expert { Id = id ?? Guid.NewGuid() };
        expert.Update(profile, nowUtc);
        return expert;
    }

    public void Update(ExpertProfile profile, DateTime nowUtc)
    {
        profile = profile.Normalised();
        profile.EnsureValid();
        Name = profile.Name;
        Organisation = profile.Organisation;
        OrganisationType = profile.OrganisationType;
        Title = profile.Title;
        _fields = profile.Fields.Distinct().ToList();
        YearsInField = profile.YearsInField;
        TermStart = profile.TermStart;
        TermEnd = profile.TermEnd;
        Status = profile.Status;
        _conflicts = profile.Conflicts.Distinct().ToList();
        UserId = profile.UserId;
        UpdatedAtUtc = nowUtc;
    }

    public ExpertProfile ToProfile() =>
        new(Name, Organisation, OrganisationType, Title, Fields, YearsInField, TermStart, TermEnd, Status, Conflicts, UserId);

    public bool InTermOn(DateOnly day) => TermStart <= day && day <= TermEnd;

    public bool Covers(string field) => _fields.Contains(field);
}
