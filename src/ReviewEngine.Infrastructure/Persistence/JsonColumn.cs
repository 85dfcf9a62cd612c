using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReviewEngine.Domain;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>Maps a small value (set, dictionary, clock, opinion) to a JSON text column that every provider stores.</summary>
internal static class JsonColumn
{
    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property)
    {
        var comparer = new ValueComparer<T>(
            (a, b) => Serialize(a) == Serialize(b),
            v => Serialize(v).GetHashCode(),
            v => Deserialize<T>(Serialize(v)));
        property.HasConversion(v => Serialize(v), s => Deserialize<T>(s), comparer);
        return property;
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, JsonOptions.Compact);

    private static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, JsonOptions.Compact)!;
}
