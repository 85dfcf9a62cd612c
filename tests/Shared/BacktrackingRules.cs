using System.Text.Json.Nodes;

namespace ReviewEngine.Tests.Shared;

/// <summary>
/// A copy of the project's checklist rules with one more pattern on N-CONT-02 that backtracks without end on a run of x
/// with a y before it: certain to pass every pattern's one-second limit on any machine, so a pre-review that runs out of
/// time can be tested with the real engine. (The y is there because the required-literal filter skips a pattern whose
/// literals a sentence lacks.)
/// </summary>
internal static class BacktrackingRules
{
    /// <summary>A sentence on which the added pattern runs out of time.</summary>
    public static readonly string Sentence = "编号：y" + new string('x', 40);

    public static string CreateIn(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(TestPaths.InRepo("workflows", "checklists")))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        var path = Path.Combine(directory, "normative-document.json");
        var doc = JsonNode.Parse(File.ReadAllText(path))!;
        var rule = doc["rules"]!.AsArray().Single(r => (string?)r!["id"] == "N-CONT-02")!;
        rule["detect"]!.AsArray().Add(new JsonObject { ["type"] = "pattern", ["in"] = "sentence", ["any"] = new JsonArray("(x+x+)+y") });
        File.WriteAllText(path, doc.ToJsonString());
        return directory;
    }
}
