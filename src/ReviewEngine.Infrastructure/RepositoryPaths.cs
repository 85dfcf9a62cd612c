namespace ReviewEngine.Infrastructure;

/// <summary>Finds the checkout's data folders (workflows/, templates/) by walking up to ReviewEngine.sln.</summary>
public static class RepositoryPaths
{
    /// <summary>The checkout root (folder with ReviewEngine.sln); one walk shared with the template loader.</summary>
    public static string? FindRoot(string? start = null) => Domain.Templates.RepositoryLocator.FindRoot(start);

    /// <summary>
    /// A data folder: in the checkout when running from it (so edits apply without a rebuild), else the copy
    /// published next to the app.
    /// </summary>
    public static string Folder(string name)
    {
        if (FindRoot() is { } root)
        {
            return Path.Combine(root, name);
        }

        var beside = Path.Combine(AppContext.BaseDirectory, name);
        return Directory.Exists(beside)
            ? beside
            : throw new DirectoryNotFoundException($"找不到 {name}/ 目录（未在 ReviewEngine 仓库内运行，请用参数指定）");
    }
}
