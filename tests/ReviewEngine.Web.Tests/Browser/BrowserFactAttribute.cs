using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Web.Tests.Browser;

/// <summary>A browser test: skipped, with the reason, when Debian's Chromium or its driver is missing
/// (see <see cref="RequiredService"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = BrowserAvailability.SkipReason;
}

/// <summary>The binaries <see cref="BrowserSession"/> starts.</summary>
internal static class BrowserAvailability
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriver = "/usr/bin/chromedriver";

    public static string? SkipReason => RequiredService.SkipReason("Chromium", Probe,
        RequiredService.ProvidedBy + " (apt-get install -y --no-install-recommends chromium chromium-driver fonts-noto-cjk)");

    private static string? Probe()
    {
        var missing = new[] { Chromium, ChromeDriver }.Where(f => !File.Exists(f)).ToList();
        return missing.Count == 0 ? null : "missing " + string.Join(", ", missing);
    }
}
