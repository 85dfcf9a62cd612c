namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>Finds the repository root (the folder with ReviewEngine.sln) by walking up from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Checklists => Path.Combine(Root, "workflows", "checklists");

    public static string PrecheckData => Path.Combine(Root, "tests", "data", "precheck");

    public static string Corpus => Path.Combine(PrecheckData, "cases.jsonl");

    public static string TestData => Path.Combine(AppContext.BaseDirectory, "PreReview", "TestData");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReviewEngine.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ReviewEngine.sln not found above " + AppContext.BaseDirectory);
    }
}
