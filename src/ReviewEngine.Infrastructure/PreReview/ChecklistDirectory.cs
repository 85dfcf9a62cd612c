namespace ReviewEngine.Infrastructure.PreReview;

/// <summary>
/// Where the checklist rule files live: an explicit directory if given, else workflows/checklists of the
/// repository (found by walking up from the binaries to ReviewEngine.sln), else the copy next to the binaries.
/// </summary>
public static class ChecklistDirectory
{
    public const string RelativePath = "workflows/checklists";

    public static string Locate(string? overrideDirectory = null)
    {
        if (!string.IsNullOrWhiteSpace(overrideDirectory))
        {
            return Directory.Exists(overrideDirectory)
                ? Path.GetFullPath(overrideDirectory)
                : throw new DirectoryNotFoundException($"rules directory not found: {overrideDirectory}");
        }
        return RepositoryPaths.Folder(RelativePath);
    }
}
