using System.Text.Json;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Infrastructure.Tests.Search;

/// <summary>The development query set <c>&lt;repo&gt;/../shared/search-dev.jsonl</c> (CI places shared/ beside the clone).</summary>
public static class SearchDevSet
{
    public static string FilePath =>
        Path.GetFullPath(Path.Combine(RepositoryLocator.FindRoot()!, "..", "shared", "search-dev.jsonl"));

    public static IReadOnlyList<DevQuery> Load() =>
        File.ReadLines(FilePath)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<DevQuery>(l, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .ToList();
}

public sealed record DevQuery(string Q, IReadOnlyList<string> Relevant);
