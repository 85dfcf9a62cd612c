using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReviewEngine.Domain;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>
/// Maps a small value (set, dictionary, clock, opinion) to a JSON text column that every provider stores.
/// Comparers are structural, not "serialize and compare", because change detection runs on every save.
/// </summary>
internal static class JsonColumn
{
    /// <summary>For immutable records: a new instance means a change, so the snapshot is the reference itself.</summary>
    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) where T : class? =>
        property.AsJson(new ValueComparer<T>((a, b) => Equals(a, b), v => v == null ? 0 : v.GetHashCode(), v => v));

    public static PropertyBuilder<HashSet<string>> AsJsonSet(this PropertyBuilder<HashSet<string>> property) =>
        property.AsJson(new ValueComparer<HashSet<string>>(
            (a, b) => a!.SetEquals(b!), v => v.Count, v => new HashSet<string>(v)));

    public static PropertyBuilder<Dictionary<string, TValue>> AsJsonMap<TValue>(this PropertyBuilder<Dictionary<string, TValue>> property) =>
        property.AsJson(new ValueComparer<Dictionary<string, TValue>>(
            (a, b) => MapEquals(a!, b!),
            v => v.Count, v => new Dictionary<string, TValue>(v)));

    public static PropertyBuilder<List<T>> AsJsonList<T>(this PropertyBuilder<List<T>> property) =>
        property.AsJson(new ValueComparer<List<T>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()));

    private static bool MapEquals<TValue>(Dictionary<string, TValue> a, Dictionary<string, TValue> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && EqualityComparer<TValue>.Default.Equals(v, kv.Value));

    private static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property, ValueComparer<T> comparer)
    {
        property.HasConversion(v => JsonSerializer.Serialize(v, JsonOptions.Compact), s => JsonSerializer.Deserialize<T>(s, JsonOptions.Compact)!, comparer);
        return property;
    }
}
