using System.Text;
using System.Text.Json.Nodes;

namespace ReviewEngine.Suites.BadInput;

/// <summary>
/// Broken workflow definitions, one per folder: `review workflows validate --dir` must list the error and exit 1 (its
/// documented "invalid" code), and a command that loads the folder (calendar, diagram) must exit 2 with the message.
/// </summary>
public sealed class WorkflowInputs(string repo, string directory, CliInputs cli)
{
    public IEnumerable<BadInputCase> All()
    {
        var source = File.ReadAllText(Path.Combine(repo, "workflows/normative-document.json"));
        JsonObject Definition() => JsonNode.Parse(source)!.AsObject();
        string Changed(Action<JsonObject> change)
        {
            var d = Definition();
            change(d);
            return d.ToJsonString();
        }

        var broken = new List<(string Name, string FileName, byte[] Bytes)>
        {
            ("empty file", "normative-document.json", []),
            ("not JSON", "normative-document.json", "workflow: yes"u8.ToArray()),
            ("truncated", "normative-document.json", Encoding.UTF8.GetBytes(source[..(source.Length / 2)])),
            ("array root", "normative-document.json", "[]"u8.ToArray()),
            ("invalid UTF-8", "normative-document.json", [.. Encoding.UTF8.GetBytes(source[..100]), 0xFF, 0xFE]),
            ("nested 10,000 deep", "normative-document.json", Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000))),
            ("id differs from the file name", "normative-document.json", Encoding.UTF8.GetBytes(Changed(d => d["id"] = "something-else"))),
            ("id missing", "normative-document.json", Encoding.UTF8.GetBytes(Changed(d => d.Remove("id")))),
            ("version not a number", "normative-document.json", Encoding.UTF8.GetBytes(Changed(d => d["version"] = "one"))),
            ("version negative", "normative-document.json", Encoding.UTF8.GetBytes(Changed(d => d["version"] = -3))),
            ("unknown initial state", "normative-document.json", Encoding.UTF8.GetBytes(Changed(d => d["initialState"] = "nowhere"))),
            ("no states", "normative-document.json", Encoding.UTF8.GetBytes(Changed(d => d["states"] = new JsonArray()))),
            ("states not a list", "normative-document.json", Encoding.UTF8.GetBytes(Changed(d => d["states"] = "many"))),
            ("duplicate state id", "normative-document.json", Encoding.UTF8.GetBytes(Changed(d => d["states"]!.AsArray().Add(d["states"]![0]!.DeepClone())))),
            ("action to an unknown state", "normative-document.json", Encoding.UTF8.GetBytes(Changed(d => FirstAction(d)["to"] = "nowhere"))),
            ("action with an unknown role", "normative-document.json", Encoding.UTF8.GetBytes(Changed(d => FirstAction(d)["roles"] = new JsonArray("emperor")))),
            ("action with an unknown guard", "normative-document.json", Encoding.UTF8.GetBytes(Changed(d => FirstAction(d)["guards"] = new JsonArray("moonIsFull")))),
            ("unknown property", "normative-document.json", Encoding.UTF8.GetBytes(Changed(d => d["script"] = "rm -rf /"))),
            ("unknown kind", "normative-document.json", Encoding.UTF8.GetBytes(Changed(d => d["kinds"] = new JsonArray("POEM")))),
            ("review clock negative", "normative-document.json", Encoding.UTF8.GetBytes(Changed(d => d["reviewClock"]!["workingDays"] = -15))),
            ("calendar year broken", "calendar/2026.json", "{\"year\": \"twenty\"}"u8.ToArray()),
        };

        var n = 0;
        foreach (var (name, fileName, bytes) in broken)
        {
            var dir = Path.Combine(directory, $"workflows-{n++}");
            Directory.CreateDirectory(Path.Combine(dir, "calendar"));
            if (fileName != "normative-document.json")
            {
                File.WriteAllText(Path.Combine(dir, "normative-document.json"), source);
            }

            File.WriteAllBytes(Path.Combine(dir, fileName), bytes);
            yield return cli.Expect("cli:workflows", $"validate: {name}", 1, "workflows", "validate", "--dir", dir);
            if (n % 3 == 0)
            {
                yield return cli.Expect("cli:workflows", $"calendar with {name}", 2, "calendar", "add-working-days", "2026-01-01", "5", "--dir", dir);
            }
        }

        yield return cli.Expect("cli:workflows", "validate: folder missing", 1, "workflows", "validate", "--dir", Path.Combine(directory, "no-such-folder"));
        yield return cli.Expect("cli:workflows", "diagram of an unknown workflow", 2, "workflows", "diagram", "no-such-workflow");
    }

    private static JsonObject FirstAction(JsonObject definition) =>
        definition["states"]!.AsArray().Select(s => s!["actions"]).First(a => a is JsonArray { Count: > 0 })!.AsArray()[0]!.AsObject();
}
