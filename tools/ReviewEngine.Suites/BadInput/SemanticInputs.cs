using System.Text.Json.Nodes;

namespace ReviewEngine.Suites.BadInput;

/// <summary>Well-formed JSON and URLs with values the app must refuse: missing or oversize fields, unknown actions, bad GUIDs, bad query values.</summary>
public static class SemanticInputs
{
    public static IEnumerable<BadInputCase> All(HttpProbe probe, BadInputContext ctx) =>
        Submissions(probe).Concat(Actions(probe, ctx)).Concat(Tasks(probe, ctx)).Concat(Routes(probe, ctx)).Concat(Queries(probe)).Concat(Auth(probe));

    private static JsonObject Submission(Action<JsonObject> change)
    {
        var body = new JsonObject { ["kind"] = "NORMATIVE_DOC", ["title"] = "坏输入测试", ["text"] = "第一条 测试。" };
        change(body);
        return body;
    }

    private static IEnumerable<BadInputCase> Submissions(HttpProbe p)
    {
        BadInputCase S(string name, Action<JsonObject> change) => p.Json("api:submit", name, "/api/cases", Submission(change));
        var many = new JsonObject();
        for (var i = 0; i < 60; i++)
        {
            many[$"k{i}"] = "v";
        }

        yield return S("kind missing", b => b.Remove("kind"));
        yield return S("kind null", b => b["kind"] = null);
        yield return S("kind unknown", b => b["kind"] = "UNKNOWN_KIND");
        yield return S("kind lower case", b => b["kind"] = "normative_doc");
        yield return S("kind with SQL", b => b["kind"] = "NORMATIVE_DOC'; DROP TABLE ReviewCases;--");
        yield return S("title missing", b => b.Remove("title"));
        yield return S("title empty", b => b["title"] = "");
        yield return S("title whitespace", b => b["title"] = "   \t ");
        yield return S("title 501 characters", b => b["title"] = new string('题', 501));
        yield return S("title 100,000 characters", b => b["title"] = new string('a', 100_000));
        yield return S("draftingUnit 201 characters", b => b["draftingUnit"] = new string('单', 201));
        yield return S("counterparty 201 characters", b => b["counterparty"] = new string('方', 201));
        yield return S("amount negative", b => b["amount"] = -1);
        yield return S("amount 1e17", b => b["amount"] = 1e17m);
        yield return S("metadata 60 entries", b => b["metadata"] = many.DeepClone());
        yield return S("metadata value null", b => b["metadata"] = new JsonObject { ["issuer"] = null });
        yield return S("metadata key 65 characters", b => b["metadata"] = new JsonObject { [new string('k', 65)] = "v" });
        yield return S("documents with a null entry", b => b["documents"] = new JsonArray((JsonNode?)null));
        yield return S("documents entry without fileName", b => b["documents"] = new JsonArray(new JsonObject { ["base64"] = "aGVsbG8=" }));
        yield return S("documents entry without base64", b => b["documents"] = new JsonArray(new JsonObject { ["fileName"] = "a.txt" }));
        yield return S("documents 31 entries", b => b["documents"] = new JsonArray(Enumerable.Range(0, 31).Select(i => (JsonNode?)new JsonObject { ["fileName"] = $"{i}.txt", ["base64"] = "aGVsbG8=" }).ToArray()));
        yield return S("base64 not base64", b => b["documents"] = new JsonArray(new JsonObject { ["fileName"] = "a.txt", ["base64"] = "!!!not base64!!!" }));
        yield return S("base64 with bad padding", b => b["documents"] = new JsonArray(new JsonObject { ["fileName"] = "a.txt", ["base64"] = "aGVsbG8" }));
    }

    private static IEnumerable<BadInputCase> Actions(HttpProbe p, BadInputContext ctx)
    {
        var path = $"/api/cases/{ctx.CaseId}/actions";
        BadInputCase A(string name, JsonObject body) => p.Json("api:action", name, path, body);
        JsonObject Accept(Action<JsonObject> change)
        {
            var body = new JsonObject { ["actionId"] = "accept", ["expectedVersion"] = ctx.Version };
            change(body);
            return body;
        }

        yield return A("actionId missing", new JsonObject());
        yield return A("actionId empty", new JsonObject { ["actionId"] = "" });
        yield return A("unknown action", new JsonObject { ["actionId"] = "launchMissiles" });
        yield return A("action id in upper case", new JsonObject { ["actionId"] = "ACCEPT" });
        yield return A("action of another state", new JsonObject { ["actionId"] = "approveOpinion" });
        yield return A("action with SQL", new JsonObject { ["actionId"] = "accept' OR '1'='1" });
        yield return A("action label instead of id", new JsonObject { ["actionId"] = "受理" });
        yield return A("actionId 65 characters", new JsonObject { ["actionId"] = new string('a', 65) });
        yield return A("stale expectedVersion", Accept(b => b["expectedVersion"] = ctx.Version + 100));
        yield return A("negative expectedVersion", Accept(b => b["expectedVersion"] = -1));
        yield return A("comment 5,001 characters", Accept(b => b["comment"] = new string('意', 5001)));
        yield return A("assignees with a null entry", Accept(b => b["assignees"] = new JsonArray((JsonNode?)null)));
        yield return A("assignees 201 entries", Accept(b => b["assignees"] = new JsonArray(Enumerable.Range(0, 201).Select(i => (JsonNode?)JsonValue.Create($"u{i}")).ToArray())));
        yield return A("issues with a null entry", Accept(b => b["issues"] = new JsonArray((JsonNode?)null)));
        yield return A("adoption decision out of range", Accept(b => b["adoptions"] = new JsonArray(new JsonObject { ["issueNo"] = 1, ["decision"] = 99 })));
        yield return A("adoption decision unknown name", Accept(b => b["adoptions"] = new JsonArray(new JsonObject { ["issueNo"] = 1, ["decision"] = "Maybe" })));
        yield return A("document not base64", Accept(b => { b["documentName"] = "a.docx"; b["documentBase64"] = "%%%"; }));
        yield return A("document named .exe", Accept(b => { b["documentName"] = "a.exe"; b["documentBase64"] = "TVqQAAMAAAAEAAAA"; }));
        yield return A("target on an action without targets", new JsonObject { ["actionId"] = "returnOpinion", ["target"] = "nowhere" });
    }

    private static IEnumerable<BadInputCase> Tasks(HttpProbe p, BadInputContext ctx)
    {
        var prefix = $"/api/cases/{ctx.CaseId}/tasks";
        yield return p.Json("api:task", "unknown operation", $"{prefix}/{ctx.TaskId}/delete", new JsonObject());
        yield return p.Json("api:task", "task id not a GUID", $"{prefix}/not-a-guid/claim", new JsonObject());
        yield return p.Json("api:task", "task that does not exist", $"{prefix}/{Guid.NewGuid()}/claim", new JsonObject());
        yield return p.Json("api:task", "reassign to an unknown user", $"{prefix}/{ctx.TaskId}/reassign", new JsonObject { ["toUserId"] = "nobody", ["reason"] = "x" });
        yield return p.Json("api:task", "reassign without a user", $"{prefix}/{ctx.TaskId}/reassign", new JsonObject { ["reason"] = "x" });
        yield return p.Json("api:task", "stale expectedVersion", $"{prefix}/{ctx.TaskId}/claim", new JsonObject { ["expectedVersion"] = ctx.Version + 100 });
        yield return p.Json("api:task", "case of the other township", $"/api/cases/{ctx.OtherTownshipCaseId}/tasks/{ctx.TaskId}/claim", new JsonObject());
    }

    private static IEnumerable<BadInputCase> Routes(HttpProbe p, BadInputContext ctx)
    {
        foreach (var id in new[] { "not-a-guid", "12345", "00000000-0000-0000-0000-00000000000G", Guid.NewGuid().ToString(), Guid.Empty.ToString(), ctx.OtherTownshipCaseId.ToString(), "%00", "..%2F..%2Fetc%2Fpasswd" })
        {
            yield return p.Get("api:route", $"GET case {id}", $"/api/cases/{id}");
            yield return p.Json("api:route", $"POST action on case {id}", $"/api/cases/{id}/actions", new JsonObject { ["actionId"] = "accept" });
        }

        yield return p.Get("api:route", "document that does not exist", $"/api/cases/{ctx.CaseId}/documents/{Guid.NewGuid()}");
        yield return p.Get("api:route", "document id not a GUID", $"/api/cases/{ctx.CaseId}/documents/xyz");
        yield return p.Get("api:route", "template that does not exist", "/api/templates/no-such-template");
        yield return p.Get("api:route", "workflow diagram that does not exist", "/api/workflows/no-such-workflow/diagram");
    }

    private static IEnumerable<BadInputCase> Queries(HttpProbe p)
    {
        string[] bad =
        [
            "/api/inbox?filter=zzz", "/api/inbox?sort=sideways", "/api/inbox?filter=1e9", "/api/cases?page=abc", "/api/cases?page=-1", "/api/cases?page=0",
            "/api/cases?page=99999999999", "/api/cases?page=2147483647", "/api/cases?overdue=maybe", "/api/cases?minAmount=abc", "/api/cases?minAmount=1e400",
            "/api/cases?maxAmount=NaN", $"/api/cases?q={new string('q', 1_000)}", $"/api/cases?q={new string('q', 10_000)}", $"/api/cases?counterparty={new string('c', 300)}", "/api/templates/search", "/api/templates/search?q=", "/api/templates/search?q=%20%20",
            $"/api/templates/search?q={new string('征', 201)}", "/api/templates/search?q=a&top=abc", "/api/templates/search?q=a&kind=zz",
            "/api/templates/precedents?q=", "/api/calendar/add-working-days?start=2026-13-01&n=1", "/api/calendar/add-working-days?start=2026-01-01&n=-1",
            "/api/calendar/add-working-days?start=2026-01-01&n=3651", "/api/calendar/add-working-days?start=2026-01-01&n=abc",
            "/api/calendar/add-working-days?start=9999-12-31&n=3650", "/api/calendar/add-working-days?start=0001-01-01&n=5", "/api/calendar/add-working-days?n=5",
            "/api/notifications?take=abc", "/api/notifications?unreadOnly=maybe",
        ];
        foreach (var path in bad)
        {
            yield return p.Get("api:query", path.Length > 80 ? path[..80] + "…" : path, path);
        }

        // Lucene query syntax in a search box is not an error, but it must never be a 500.
        foreach (var q in new[] { "\"", "[", "{*}", "a AND", "OR", "title:", "*", "?", "~", "\\", "a^", "((", "征收 AND OR NOT" })
        {
            yield return p.Get("api:query", $"search syntax {q}", $"/api/templates/search?q={Uri.EscapeDataString(q)}", tolerateSuccess: true);
        }
    }

    private static IEnumerable<BadInputCase> Auth(HttpProbe p)
    {
        yield return p.Get("api:auth", "no token", "/api/inbox", authenticated: false);
        yield return p.Raw("api:auth", "password with wrong user", HttpMethod.Post, "/api/auth/login", """{"userName":"nobody","password":"x"}"""u8.ToArray(), authenticated: false);
        yield return p.Raw("api:auth", "login fields null", HttpMethod.Post, "/api/auth/login", """{"userName":null,"password":null}"""u8.ToArray(), authenticated: false);
        yield return p.Raw("api:auth", "login user name 10,000 characters", HttpMethod.Post, "/api/auth/login",
            System.Text.Encoding.UTF8.GetBytes($"{{\"userName\":\"{new string('u', 10_000)}\",\"password\":\"x\"}}"), authenticated: false);
    }
}
