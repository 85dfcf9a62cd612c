using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// Lists of people a case names at submission, kept in its metadata under a closed set of keys: <c>investigators</c>,
/// the investigating officers (调查人员/承办人员) of an enforcement case, by account or by name, separated by 、 or commas.
/// A task's <c>excludeListed</c> keeps them off it (行政处罚法第五十八条 法制审核; 内部分离).
/// </summary>
public static class CasePeople
{
    public const string Investigators = "investigators";

    private static readonly Dictionary<string, string> Labels = new() { [Investigators] = "调查人员" };

    private static readonly char[] Separators = ['、', ',', '，', ';', '；', ' ', '\n'];

    public static IReadOnlyCollection<string> Keys { get; } = Labels.Keys.ToArray();

    public static string Label(string key) => Labels.GetValueOrDefault(key, key);

    public static IReadOnlyList<string> Read(IReadOnlyDictionary<string, string> metadata, string key) =>
        metadata.TryGetValue(key, out var value)
            ? value.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    /// <summary>Whether the actor is on the case's list, by account id or by name.</summary>
    public static bool Lists(IReadOnlyDictionary<string, string> metadata, string key, Actor actor) =>
        Read(metadata, key).Any(p => p == actor.UserId || p == actor.DisplayName);
}
