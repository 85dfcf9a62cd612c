using System.Text.RegularExpressions;
using ReviewEngine.Domain.PreReview.Rules;

namespace ReviewEngine.Infrastructure.PreReview;

/// <summary>Loads every *.json rule file of a directory (except schema.json) and fails fast on an invalid one.</summary>
public static class FileRuleCatalog
{
    public static RuleSet Load(string directory, RegexOptions regexOptions = RegexOptions.None)
    {
        var files = Directory.GetFiles(directory, "*.json")
            .Where(f => !string.Equals(Path.GetFileName(f), "schema.json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"no rule files (*.json) in {directory}");
        }
        return RuleSetLoader.Load(files.Select(f => (Path.GetFileName(f), File.ReadAllText(f))), regexOptions);
    }
}
