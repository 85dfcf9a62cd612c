namespace ReviewEngine.Domain.Experts;

/// <summary>
/// One draw. <paramref name="Size"/> is the whole panel (odd); <paramref name="Keep"/> are members already on it
/// (a replacement draw keeps the others and fills the gap under the same rules).
/// </summary>
/// <param name="Organisations">起草单位, 相对人 …: same organisation or a declared conflict excludes.</param>
/// <param name="People">The case's reviewer and lawyer: the same account, the same name or a declared conflict excludes.</param>
/// <param name="Excluded">Experts excluded by the case's history (an earlier round's panel, a decline), with the reason.</param>
/// <param name="RequireAccount">A case consultation assigns tasks, so it needs experts who can log in.</param>
/// <param name="RecentConsultations">Panels each expert sat on recently; fewer is preferred.</param>
public sealed record DrawRequest(
    IReadOnlyList<string> Fields,
    int Size,
    long Seed,
    DateOnly Today,
    IReadOnlyList<ExcludedParty>? Organisations = null,
    IReadOnlyList<ExcludedParty>? People = null,
    IReadOnlyDictionary<Guid, string>? Excluded = null,
    IReadOnlyList<Expert>? Keep = null,
    bool RequireAccount = false,
    IReadOnlyDictionary<Guid, int>? RecentConsultations = null);
