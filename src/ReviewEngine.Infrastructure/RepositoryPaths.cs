namespace ReviewEngine.Infrastructure;

/// <summary>Finds the checkout's data folders (workflows/, templates/) by walking up to ReviewEngine.sln.</summary>
public static class RepositoryPaths
{
    public static string? FindRoot(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReviewEngine.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>A folder next to the app (published layout) or in the checkout (development layout).</summary>
    public static string Folder(string name)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, name);
        if (Directory.Exists(beside))
        {
            return beside;
        }

        var root = FindRoot() ?? throw new DirectoryNotFoundException($"找不到 {name}/ 目录（未在 ReviewEngine 仓库内运行，请用参数指定）");
        return Path.Combine(root, name);
    }
}
