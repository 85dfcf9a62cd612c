namespace ReviewEngine.Suites.Common;

/// <summary>Command-line options shared by the suites; every value has a default that works from the repository root.</summary>
public sealed record SuiteOptions(string Command, string Repo, int Port, string Data, IReadOnlyDictionary<string, string> Values)
{
    public static SuiteOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        var repo = Path.GetFullPath(values.GetValueOrDefault("repo", "."));
        var port = int.Parse(values.GetValueOrDefault("port", "5191"));
        var data = Path.GetFullPath(values.GetValueOrDefault("data", Path.Combine(Path.GetTempPath(), $"reviewengine-suite-{port}")));
        return new SuiteOptions(args.Length > 0 ? args[0] : "", repo, port, data, values);
    }

    public int Int(string name, int fallback) => Values.TryGetValue(name, out var v) ? int.Parse(v) : fallback;

    public string WebDll => Path.Combine(Repo, "src/ReviewEngine.Web/bin/Release/net10.0/ReviewEngine.Web.dll");

    public string CliDll => Path.Combine(Repo, "src/ReviewEngine.Cli/bin/Release/net10.0/review.dll");

    public string DatabasePath => Path.Combine(Data, "reviewengine.db");

    /// <summary>`--postgres &lt;connection string&gt;`: run the app on this PostgreSQL database instead of the SQLite file.</summary>
    public string? PostgreSql => Values.GetValueOrDefault("postgres");
}
