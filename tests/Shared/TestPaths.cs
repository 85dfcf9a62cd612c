namespace ReviewEngine.Tests.Shared;

/// <summary>Locates the checkout (the folder with ReviewEngine.sln) and the folders the tests read inside it.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Workflows => Path.Combine(RepoRoot, "workflows");

    public static string InRepo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReviewEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ReviewEngine.sln not found above " + AppContext.BaseDirectory);
    }
}
