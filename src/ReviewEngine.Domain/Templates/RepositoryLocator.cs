namespace ReviewEngine.Domain.Templates;

/// <summary>Finds the repository root (the folder holding ReviewEngine.sln) by walking up from the running
/// binary, so the CLI, the web app and the tests all read the same templates/ without configuration.</summary>
public static class RepositoryLocator
{
    public const string SolutionFileName = "ReviewEngine.sln";

    public static string? FindRoot(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The templates folder: the override when given, else &lt;repo&gt;/templates.</summary>
    public static string TemplatesDirectory(string? overrideDirectory = null) =>
        overrideDirectory ?? Path.Combine(FindRoot() ?? throw NotFound(), "templates");

    /// <summary>The default data folder for indexes and databases: &lt;repo&gt;/data (git-ignored).</summary>
    public static string DataDirectory() => Path.Combine(FindRoot() ?? throw NotFound(), "data");

    private static DirectoryNotFoundException NotFound() =>
        new($"cannot find {SolutionFileName} above {AppContext.BaseDirectory}; pass --templates <dir> and --index <dir>");
}
