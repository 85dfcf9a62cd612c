using System.Text;
using System.Text.Json.Nodes;

namespace ReviewEngine.Suites.BadInput;

/// <summary>
/// Malformed bodies for every JSON endpoint that changes data: broken syntax, wrong shapes, wrong encodings, wrong
/// content types, oversize, and every field with a value of the wrong type. None of them may be acted on.
/// </summary>
public static class JsonBodyInputs
{
    /// <summary>An endpoint with a valid-looking template; the suite only ever sends broken variants of it.</summary>
    public sealed record Endpoint(string Name, string Path, JsonObject Template, string StringField, bool Authenticated = true, bool OptionalBody = false);

    public static IEnumerable<Endpoint> Endpoints(BadInputContext ctx) =>
    [
        new("login", "/api/auth/login", new JsonObject { ["userName"] = "no-such-user", ["password"] = "x" }, "userName", Authenticated: false),
        new("submit", "/api/cases", new JsonObject { ["kind"] = "NORMATIVE_DOC", ["title"] = "坏输入测试", ["draftingUnit"] = "综合办", ["amount"] = 100,
            ["counterparty"] = "某公司", ["metadata"] = new JsonObject { ["issuer"] = "罗埠镇人民政府" }, ["documents"] = new JsonArray(),
            ["text"] = "第一条", ["textMaterialId"] = "draft" }, "title"),
        new("action", $"/api/cases/{ctx.CaseId}/actions", new JsonObject { ["actionId"] = "accept", ["target"] = "x", ["comment"] = "c", ["conclusion"] = "c",
            ["assignees"] = new JsonArray("a"), ["issues"] = new JsonArray(), ["adoptions"] = new JsonArray(), ["expectedVersion"] = ctx.Version,
            ["documentName"] = "a.docx", ["documentBase64"] = "", ["materialId"] = "draft" }, "actionId"),
        new("task", $"/api/cases/{ctx.CaseId}/tasks/{ctx.TaskId}/reassign", new JsonObject { ["toUserId"] = "lb-reviewer", ["reason"] = "r", ["expectedVersion"] = ctx.Version }, "toUserId"),
        new("notifications", "/api/notifications/read", new JsonObject { ["ids"] = new JsonArray(Guid.NewGuid().ToString()) }, "ids", OptionalBody: true),
    ];

    public static IEnumerable<BadInputCase> All(HttpProbe probe, BadInputContext ctx) =>
        Endpoints(ctx).SelectMany(e => Syntax(probe, e).Concat(FieldTypes(probe, e)));

    private static IEnumerable<BadInputCase> Syntax(HttpProbe probe, Endpoint e)
    {
        var group = $"json:{e.Name}";
        BadInputCase Bytes(string name, byte[] body, string? type = "application/json") =>
            probe.Raw(group, name, HttpMethod.Post, e.Path, body, type, e.Authenticated, expectContinue: body.Length > 1024 * 1024);
        BadInputCase Text(string name, string body) => Bytes(name, Encoding.UTF8.GetBytes(body));
        var valid = e.Template.ToJsonString();
        var invalidUtf8 = Encoding.UTF8.GetBytes(Inject(valid, e.StringField, "\u0001")).Select(b => b == 0x01 ? (byte)0xFF : b).ToArray();

        if (!e.OptionalBody)
        {
            // An empty body is meaningful where the body is optional (mark all notifications read).
            yield return Text("empty body", "");
        }

        yield return Text("only an opening brace", "{");
        yield return Text("truncated in the middle", valid[..(valid.Length / 2)]);
        yield return Text("trailing garbage", valid + "}x");
        yield return Text("array instead of object", "[]");
        yield return Text("string instead of object", "\"text\"");
        yield return Text("number instead of object", "12345");
        yield return Text("boolean instead of object", "true");
        yield return Text("comment before the object", "/* c */" + valid);
        yield return Text("single quotes", valid.Replace('"', '\''));
        yield return Text("unquoted keys", "{kind: 1}");
        yield return Text("deeply nested arrays", new string('[', 5000) + new string(']', 5000));
        yield return Text("unpaired surrogate escape in a string", Inject(valid, e.StringField, "\\ud800"));
        yield return Text("huge exponent number", $"{{\"{e.StringField}\":1e999999}}");
        yield return Bytes("invalid UTF-8 in a string", invalidUtf8);
        yield return Bytes("UTF-16 bytes labelled UTF-8", Encoding.Unicode.GetBytes(valid));
        yield return Bytes("NUL bytes", new byte[64]);
        yield return Bytes("content type text/plain", Encoding.UTF8.GetBytes("not json"), "text/plain");
        yield return Bytes("content type application/xml", Encoding.UTF8.GetBytes("<a/>"), "application/xml");
        yield return Bytes("content type multipart/form-data", Encoding.UTF8.GetBytes("--x--"), "multipart/form-data");
        yield return Bytes("no content type", Encoding.UTF8.GetBytes("{"), null);
        yield return Bytes("oversize body (26 MB)", OversizeBody(e.StringField));
    }

    /// <summary>Puts <paramref name="text"/> at the start of the first string inside the field (a string or a list of strings).</summary>
    private static string Inject(string json, string field, string text)
    {
        var key = json.IndexOf($"\"{field}\":", StringComparison.Ordinal);
        var quote = json.IndexOf('"', key + field.Length + 3);
        return json[..(quote + 1)] + text + json[(quote + 1)..];
    }

    private static byte[] OversizeBody(string field)
    {
        var builder = new StringBuilder(27 * 1024 * 1024);
        builder.Append($"{{\"{field}\":\"").Append('a', 26 * 1024 * 1024).Append("\"}");
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <summary>Each field in turn gets a value of a type it cannot take; the rest of the template stays as it is.</summary>
    private static IEnumerable<BadInputCase> FieldTypes(HttpProbe probe, Endpoint e)
    {
        foreach (var (field, value) in e.Template)
        {
            JsonNode[] wrong = value switch
            {
                JsonValue v when v.TryGetValue<string>(out _) => [JsonValue.Create(12345), new JsonObject { ["a"] = 1 }],
                JsonValue => [JsonValue.Create("abc"), new JsonArray(1, 2)],
                JsonArray => [JsonValue.Create("not a list"), new JsonObject { ["a"] = 1 }],
                _ => [JsonValue.Create(42), new JsonArray("x")],
            };
            foreach (var w in wrong)
            {
                var body = (JsonObject)e.Template.DeepClone();
                body[field] = w.DeepClone();
                yield return probe.Raw($"json:{e.Name}", $"{field} as {w.GetValueKind()}", HttpMethod.Post, e.Path,
                    Encoding.UTF8.GetBytes(body.ToJsonString()), authenticated: e.Authenticated);
            }
        }
    }
}
