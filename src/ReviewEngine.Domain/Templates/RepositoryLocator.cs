namespace ReviewEngine.Domain.Templates;

/// <summary>Finds the data folders (templates/, workflows/) so the CLI, the web app and the tests read the same
/// files without configuration: in the current directory, in the checkout the binary was built in (the folder
/// holding ReviewEngine.sln, found by walking up), or published beside the binary, in that order.</summary>
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

    /// <summary>The first existing <paramref name="name"/> folder (e.g. "workflows") in the current directory, the
    /// checkout above the binary (edits apply without a rebuild) or beside the binary (publish output); else null.</summary>
    public static string? FindFolder(string name) =>
        new[] { Directory.GetCurrentDirectory(), FindRoot(), AppContext.BaseDirectory }
            .OfType<string>()
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(Directory.Exists);

    /// <summary>The templates folder: the override when given, else the first templates/ <see cref="FindFolder"/> finds.</summary>
    public static string TemplatesDirectory(string? overrideDirectory = null) =>
        overrideDirectory ?? FindFolder("templates") ?? throw NotFound("templates", "--templates <dir>");

    /// <summary>The default data folder for indexes and databases: &lt;repo&gt;/data (git-ignored) in a checkout,
    /// else data/ in the current directory.</summary>
    public static string DataDirectory() => Path.Combine(FindRoot() ?? Directory.GetCurrentDirectory(), "data");

    public static DirectoryNotFoundException NotFound(string name, string option) =>
        new($"cannot find {name}/ in the current directory ({Directory.GetCurrentDirectory()}), in a checkout above "
            + $"{AppContext.BaseDirectory} or beside it; pass {option}");
}
