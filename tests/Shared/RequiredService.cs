namespace ReviewEngine.Tests.Shared;

/// <summary>
/// Whether a test that needs an outside service (PostgreSQL, Chromium, LibreOffice) runs: when the service is missing
/// it is skipped with the reason and the command that provides it, unless REVIEWENGINE_REQUIRE_ALL=1 (set by
/// ./test.sh), in which case it runs and the missing service fails it.
/// </summary>
internal static class RequiredService
{
    /// <summary>The command that installs and starts every service the tests need (as root, on Debian).</summary>
    public const string ProvidedBy = "run ./test.sh as root, which installs and starts it";

    public static bool RequireAll => Environment.GetEnvironmentVariable("REVIEWENGINE_REQUIRE_ALL") == "1";

    /// <summary>Null (run the test) when the probe finds no problem or every service is required; else the skip reason.</summary>
    public static string? SkipReason(string service, Func<string?> probe, string provide = ProvidedBy)
    {
        if (RequireAll || probe() is not { } problem)
        {
            return null;
        }

        return $"{service} is not available ({problem}): {provide}";
    }

    /// <summary>Null when every tool is an executable on PATH, else which are missing.</summary>
    public static string? MissingTools(params string[] tools)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var missing = tools.Where(t => !path.Any(dir => File.Exists(Path.Combine(dir, t)))).ToList();
        return missing.Count == 0 ? null : "not on PATH: " + string.Join(", ", missing);
    }
}
