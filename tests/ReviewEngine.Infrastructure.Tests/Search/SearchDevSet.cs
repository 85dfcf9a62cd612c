using System.Text.Json;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Infrastructure.Tests.Search;

/// <summary>The development query set <c>tests/data/search/search-dev.jsonl</c>: project data, extended with new phrasings
/// as search improves.</summary>
public static class SearchDevSet
{
    public static string FilePath =>
        TestPaths.InRepo("tests", "data", "search", "search-dev.jsonl");

    public static IReadOnlyList<DevQuery> Load() =>
        File.ReadLines(FilePath)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<DevQuery>(l, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .ToList();
}

public sealed record DevQuery(string Q, IReadOnlyList<string> Relevant);
