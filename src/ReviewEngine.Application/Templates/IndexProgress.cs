namespace ReviewEngine.Application.Templates;

/// <summary>Progress of an index rebuild: <paramref name="Done"/> of <paramref name="Total"/> templates, the last being <paramref name="Item"/>.</summary>
public sealed record IndexProgress(int Done, int Total, string Item);
