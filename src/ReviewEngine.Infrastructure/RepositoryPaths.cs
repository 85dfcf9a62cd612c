using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Infrastructure;

/// <summary>Finds the data folders (workflows/, templates/) as <see cref="RepositoryLocator"/> does.</summary>
public static class RepositoryPaths
{
    /// <summary>The checkout root (folder with ReviewEngine.sln); one walk shared with the template loader.</summary>
    public static string? FindRoot(string? start = null) => RepositoryLocator.FindRoot(start);

    /// <summary>
    /// A data folder: in the current directory, else in the checkout (so edits apply without a rebuild), else the copy
    /// published next to the app.
    /// </summary>
    public static string Folder(string name) =>
        RepositoryLocator.FindFolder(name)
        ?? throw RepositoryLocator.NotFound(name, "--workflows <dir> (CLI) or set ReviewEngine:WorkflowsDirectory (web)");
}
