using System.Text;
using System.Text.Json.Nodes;
using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.BadInput;

/// <summary>
/// Malformed input files and arguments for the `review` command: pre-check documents and case files, contract field
/// files, working-day arguments and --db files. Each must exit 2 with a message on stderr, never a stack trace.
/// </summary>
public sealed class CliInputs(SuiteOptions options, CliRunner cli, string directory)
{
    public IEnumerable<BadInputCase> All(string databasePath) =>
        PreCheck().Concat(ContractFields()).Concat(Calendar()).Concat(Databases(databasePath));

    /// <summary>Exit code 2 with a message and no stack trace passes; anything else fails.</summary>
    public BadInputCase Expect(string group, string name, int expected, params string[] args) => new(group, name, async () =>
    {
        var result = await cli.RunAsync(args);
        var message = (result.Stderr.Length > 0 ? result.Stderr : result.Stdout).Trim();
        var crashed = result.Stderr.Contains("Unhandled exception", StringComparison.Ordinal) || result.Stderr.Contains("   at ", StringComparison.Ordinal);
        var outcome = result.TimedOut ? "timeout" : crashed ? "crash" : $"exit {result.ExitCode}";
        var passed = !result.TimedOut && !crashed && result.ExitCode == expected && message.Length > 0;
        var firstLine = message.Split('\n')[0];
        return new Verdict(outcome, passed, passed ? firstLine : $"expected exit {expected}: {(firstLine.Length > 200 ? firstLine[..200] : firstLine)}");
    });

    private string File(string name, byte[] bytes)
    {
        var path = Path.Combine(directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    private string File(string name, string text) => File(name, Encoding.UTF8.GetBytes(text));

    private IEnumerable<BadInputCase> PreCheck()
    {
        const string group = "cli:precheck";
        var i = 0;
        foreach (var (name, fileName, bytes) in UploadInputs.Files().Where(f => f.FileName.EndsWith(".docx", StringComparison.Ordinal) || f.FileName.EndsWith(".txt", StringComparison.Ordinal)))
        {
            // Without an upload limit a big or well-named valid file is fine for the command line.
            if (name.StartsWith("over the", StringComparison.Ordinal) || name.StartsWith("valid", StringComparison.Ordinal))
            {
                continue;
            }

            var path = File($"precheck/{i++}-{fileName}", bytes);
            yield return Expect(group, $"document: {name}", 2, "precheck", path, "--kind", "NORMATIVE_DOC");
        }

        var good = File("precheck/good.txt", "第一条 为加强管理，制定本办法。");
        string[] caseFiles =
        [
            "", "not json", "[]", "null", "42", "{\"kind\":5,\"text\":\"x\"}", "{\"kind\":\"NO_SUCH_KIND\",\"text\":\"x\"}", "{\"kind\":\"NORMATIVE_DOC\"}",
            "{\"kind\":\"NORMATIVE_DOC\",\"text\":{\"a\":1}}", "{\"kind\":\"NORMATIVE_DOC\",\"text\":\"x\",\"meta\":[]}",
            "{\"kind\":\"NORMATIVE_DOC\",\"text\":\"x\",\"meta\":{\"draftedOn\":\"2026-02-30\"}}",
            "{\"kind\":\"NORMATIVE_DOC\",\"text\":\"x\",\"meta\":{\"publicCommentDays\":\"thirty\"}}",
            "{\"kind\":\"ADMIN_AGREEMENT\",\"text\":\"x\",\"meta\":{\"amount\":\"lots\"}}",
            "{\"kind\":\"NORMATIVE_DOC\",\"text\":\"x\",\"meta\":{\"fairCompetitionReview\":{}}}",
            new string('[', 10_000) + new string(']', 10_000),
        ];
        for (var n = 0; n < caseFiles.Length; n++)
        {
            var shown = caseFiles[n].Length > 60 ? caseFiles[n][..60] + "…" : caseFiles[n];
            yield return Expect(group, $"case file {shown}", 2, "precheck", "--input", File($"precheck/case{n}.json", caseFiles[n]), "--format", "json");
        }

        yield return Expect(group, "case file not UTF-8", 2, "precheck", "--input", File("precheck/gbk.json", [0x7B, 0x22, 0xD5, 0xE2, 0x22, 0x7D]), "--format", "json");
        yield return Expect(group, "case file missing", 2, "precheck", "--input", Path.Combine(directory, "missing.json"));
        yield return Expect(group, "no input at all", 2, "precheck");
        yield return Expect(group, "both --input and a document", 2, "precheck", "--input", File("precheck/ok.json", "{\"kind\":\"NORMATIVE_DOC\",\"text\":\"x\"}"), good, "--kind", "NORMATIVE_DOC");
        yield return Expect(group, "document without --kind", 2, "precheck", good);
        yield return Expect(group, "unknown --kind", 2, "precheck", good, "--kind", "POEM");
        yield return Expect(group, "unknown --format", 2, "precheck", good, "--kind", "NORMATIVE_DOC", "--format", "xml");
        yield return Expect(group, "--meta without =", 2, "precheck", good, "--kind", "NORMATIVE_DOC", "--meta", "issuer");
        yield return Expect(group, "--meta amount not a number", 2, "precheck", good, "--kind", "NORMATIVE_DOC", "--meta", "amount=lots");
        yield return Expect(group, "--rules directory missing", 2, "precheck", good, "--kind", "NORMATIVE_DOC", "--rules", Path.Combine(directory, "no-rules"));
        yield return Expect(group, "a directory as the document", 2, "precheck", directory, "--kind", "NORMATIVE_DOC");
        yield return Expect(group, "a .pdf document", 2, "precheck", File("precheck/a.pdf", "%PDF-1.7"), "--kind", "NORMATIVE_DOC");
        yield return Expect(group, "unknown option", 2, "precheck", good, "--kind", "NORMATIVE_DOC", "--frobnicate");
    }

    private IEnumerable<BadInputCase> ContractFields()
    {
        const string group = "cli:contract-fields";
        var examples = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(options.Repo, "templates/investment-attraction/fields.json")))!["fields"]!.AsArray()
            .Where(f => f!["example"] is not null).ToDictionary(f => f!["name"]!.GetValue<string>(), f => f!["example"]!.DeepClone());
        string Fields(Action<JsonObject> change)
        {
            var body = new JsonObject(examples.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value.DeepClone())));
            change(body);
            return body.ToJsonString();
        }

        var output = Path.Combine(directory, "contracts/out.docx");
        BadInputCase Generate(string name, string fieldsJson, params string[] extra) =>
            Expect(group, name, 2, ["contracts", "generate", "investment-attraction", "--fields", File($"contracts/{Math.Abs(name.GetHashCode())}.json", fieldsJson), "--out", output, .. extra]);

        yield return Generate("fields file empty", "");
        yield return Generate("fields file not JSON", "partyA=甲方");
        yield return Generate("fields file a JSON array", "[]");
        yield return Generate("fields file null", "null");
        yield return Generate("fields file truncated", Fields(_ => { })[..40]);
        yield return Generate("no fields", "{}");
        yield return Generate("required field missing", Fields(b => b.Remove("partyA")));
        yield return Generate("required field empty", Fields(b => b["partyB"] = ""));
        yield return Generate("credit code with a wrong check character", Fields(b => b["partyBCode"] = "91330702MA2EXAMP1X"));
        yield return Generate("credit code too short", Fields(b => b["partyACode"] = "1133"));
        yield return Generate("field value an object", Fields(b => b["partyBRepresentative"] = new JsonObject { ["a"] = 1 }));
        yield return Generate("field value an array", Fields(b => b["partyB"] = new JsonArray("a", "b")));
        yield return Generate("unknown field", Fields(b => b["launchCode"] = "0000"));
        yield return Generate("text over its maximum length", Fields(b => b["partyBRepresentative"] = new string('王', 51)));
        yield return Generate("every field a number", Fields(b => { foreach (var key in b.Select(p => p.Key).ToList()) { b[key] = 7; } }));
        yield return Generate("unknown optional clause", Fields(_ => { }), "--omit-clause", "no-such-clause");
        yield return Generate("duplicate key", Fields(_ => { })[..^1] + ",\"partyB\":\"另一家公司\"}");
        yield return Generate("amount over 999,999,999,999.99", Fields(b => b["totalInvestment"] = "1000000000000.00"));
        yield return Generate("party name of 2000 characters", Fields(b => b["partyB"] = new string('金', 2000)));
        yield return Expect(group, "--out into a missing folder", 2, "contracts", "generate", "investment-attraction",
            "--fields", File("contracts/valid.json", Fields(_ => { })), "--out", Path.Combine(directory, "contracts/no-such-folder/out.docx"));
        yield return Expect(group, "fields file not UTF-8", 2, "contracts", "generate", "investment-attraction", "--fields", File("contracts/gbk.json", [0x7B, 0x22, 0xD5, 0xE2, 0x22, 0x3A, 0x31, 0x7D]), "--out", output);
        yield return Expect(group, "fields file missing", 2, "contracts", "generate", "investment-attraction", "--fields", Path.Combine(directory, "nope.json"), "--out", output);
        yield return Expect(group, "unknown template", 2, "contracts", "generate", "no-such-template", "--fields", File("contracts/empty.json", "{}"), "--out", output);
        yield return Expect(group, "--fields missing", 2, "contracts", "generate", "investment-attraction", "--out", output);
    }

    private IEnumerable<BadInputCase> Calendar()
    {
        const string group = "cli:calendar";
        foreach (var (start, n) in new[] { ("2026-02-30", "5"), ("26-1-1", "5"), ("2026/01/01", "5"), ("", "5"), ("today", "5"), ("2026-01-01", "-1"), ("2026-01-01", "3651"),
            ("2026-01-01", "abc"), ("2026-01-01", "1e3"), ("2026-01-01", "99999999999"), ("9999-12-31", "3650"), ("0001-01-01", "5") })
        {
            yield return Expect(group, $"add-working-days '{start}' '{n}'", 2, "calendar", "add-working-days", start, n);
        }

        yield return Expect(group, "add-working-days without n", 2, "calendar", "add-working-days", "2026-01-01");
        yield return Expect(group, "add-working-days with an extra argument", 2, "calendar", "add-working-days", "2026-01-01", "5", "6");
        yield return Expect(group, "add-working-days --format xml", 2, "calendar", "add-working-days", "2026-01-01", "5", "--format", "xml");
    }

    private IEnumerable<BadInputCase> Databases(string databasePath)
    {
        const string group = "cli:database";
        var garbage = File("db/garbage.db", Encoding.UTF8.GetBytes(new string('x', 8192)));
        var docx = File("db/document.db", Docx.Valid("x"));
        foreach (var (name, path) in new[] { ("random bytes", garbage), ("a .docx", docx), ("a directory", directory), ("missing file", Path.Combine(directory, "none.db")) })
        {
            yield return Expect(group, $"audit verify --db {name}", 2, "audit", "verify", "--db", path);
            yield return Expect(group, $"cases list --db {name}", 2, "cases", "list", "--db", path);
        }

        yield return Expect(group, "cases export with a bad GUID", 2, "cases", "export", "not-a-guid", "--db", databasePath, "--out", Path.Combine(directory, "x.zip"));
        yield return Expect(group, "cases export of an unknown case", 2, "cases", "export", Guid.NewGuid().ToString(), "--db", databasePath, "--out", Path.Combine(directory, "x.zip"));
    }
}
