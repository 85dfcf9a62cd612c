using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.Security;

/// <summary>One method per group of issue 18's findings; each finding is one or more tally checks.</summary>
public static partial class SecurityChecks
{
    public static async Task PrecedentsAndMetadataAsync(Tally tally, HttpClient http, ApiClient drafter)
    {
        var expert = await ApiClient.LoginAsync(http, "expert-1");
        var (status, _) = await expert.GetAsync("/api/templates/precedents?q=%E7%AC%AC%E4%B8%89%E6%9D%A1");
        tally.Check("H1 precedents", "an expert gets no precedents (403)", status == 403, $"answered {status}");

        var (bad, body) = await drafter.PostAsync("/api/cases", new JsonObject
        {
            ["kind"] = "NORMATIVE_DOC",
            ["title"] = "九千年有效的办法",
            ["metadata"] = new JsonObject { ["validityYears"] = "9000" },
            ["documents"] = new JsonArray([.. new[] { "draft", "draftingNote", "legalBasis", "publicComment" }.Select(m => (JsonNode)new JsonObject
            {
                ["fileName"] = m + ".txt",
                ["base64"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(m + " 正文")),
                ["materialId"] = m,
            })]),
        });
        tally.Check("H2 bad metadata", "validityYears 9000 refused with 400", bad == 400 && body?.ToJsonString().Contains("validityYears") == true, $"{bad} {body}");
    }

    public static async Task RacesAndBoundsAsync(Tally tally, HttpClient http, ApiClient drafter, ApiClient registrar)
    {
        var id = await SecuritySuite.SubmitAsync(drafter, "竞争受理的办法");
        await registrar.PostAsync($"/api/cases/{id}/actions", new { actionId = "accept" });
        var (late, _) = await (await ApiClient.LoginAsync(http, "lb-registrar")).PostAsync($"/api/cases/{id}/actions", new { actionId = "accept" });
        tally.Check("L6 race loser", "a second accept without expectedVersion answers 409", late == 409, $"answered {late}");

        var expert = await ApiClient.LoginAsync(http, "expert-1");
        var (decline, body) = await expert.PostAsync($"/api/cases/{id}/consultation/decline", new { reason = new string('拒', 1_000_000) });
        tally.Check("M3 limits", "a 1,000,000-character decline reason answers 400 naming reason", decline == 400 && Detail(body).Contains("reason"), $"{decline} {Detail(body)}");
        var (comment, commentBody) = await registrar.PostAsync($"/api/cases/{id}/actions", new { actionId = "accept", comment = new string('长', 5001) });
        tally.Check("M3 limits", "a 5,001-character comment answers 400 naming comment", comment == 400 && Detail(commentBody).Contains("comment"), $"{comment}");

        var (title, _) = await drafter.PostAsync("/api/cases", new { kind = "NORMATIVE_DOC", title = "\u202E法合" });
        tally.Check("L8 bounds", "a right-to-left override in a title answers 400", title == 400, $"answered {title}");
        var documents = new[] { new { fileName = "a.txt", base64 = "YQ==", materialId = new string('m', 100_000) } };
        var (material, _) = await drafter.PostAsync("/api/cases", new { kind = "NORMATIVE_DOC", title = "长材料号", documents });
        tally.Check("L8 bounds", "a 100,000-character materialId answers 400", material == 400, $"answered {material}");
    }

    public static async Task IdempotencyAsync(Tally tally, ApiClient drafter)
    {
        var posts = Enumerable.Range(0, 8).Select(async _ =>
        {
            using var request = drafter.Request(HttpMethod.Post, "/api/cases", JsonContent.Create(new { kind = "NORMATIVE_DOC", title = "同键并发的办法" }));
            request.Headers.Add("Idempotency-Key", "security-suite-1");
            using var response = await drafter.Http.SendAsync(request);
            var body = await response.Content.ReadFromJsonAsync<JsonObject>();
            return body?["id"]?.ToString();
        });
        var ids = await Task.WhenAll(posts);
        tally.Check("L7 idempotency", "eight concurrent posts with one Idempotency-Key open one case",
            ids.All(i => i is not null) && ids.Distinct().Count() == 1, string.Join(", ", ids.Distinct()));
    }

    public static async Task HeadersAndCookieAsync(Tally tally, int port)
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        };
        var login = await browser.GetAsync("/Account/Login");
        var h = login.Headers;
        var csp = h.TryGetValues("Content-Security-Policy", out var c) ? c.Single() : "";
        tally.Check("L1 headers", "CSP without inline script, frame-ancestors 'none'", csp.Contains("script-src 'self';") && csp.Contains("frame-ancestors 'none'"), csp);
        tally.Check("L1 headers", "X-Content-Type-Options nosniff, X-Frame-Options DENY, Referrer-Policy",
            Header(h, "X-Content-Type-Options") == "nosniff" && Header(h, "X-Frame-Options") == "DENY" && Header(h, "Referrer-Policy") != "", "");

        var token = TokenPattern().Match(await login.Content.ReadAsStringAsync()).Groups[1].Value;
        var signIn = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "lb-drafter",
            ["Password"] = ApiClient.DemoPassword,
            ["__RequestVerificationToken"] = token,
        }));
        var post = await browser.PostAsJsonAsync("/api/cases", new { kind = "NORMATIVE_DOC", title = "跨站提交的办法" });
        tally.Check("L4 cookie on /api", "a cookie-signed POST /api/cases without antiforgery answers 403",
            signIn.StatusCode == HttpStatusCode.Redirect && post.StatusCode == HttpStatusCode.Forbidden, $"login {(int)signIn.StatusCode}, post {(int)post.StatusCode}");

        foreach (var kind in new[] { "NO_SUCH_KIND", "" })
        {
            var form = await browser.GetAsync("/Cases/New");
            var formToken = TokenPattern().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
            var page = await browser.PostAsync("/Cases/New", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Kind"] = kind,
                ["Title"] = "种类不明的送审",
                ["__RequestVerificationToken"] = formToken,
            }));
            var html = await page.Content.ReadAsStringAsync();
            tally.Check("M4 new-case form", $"POST /Cases/New with kind '{kind}' redisplays the form with a message (200, not 500)",
                page.StatusCode == HttpStatusCode.OK && html.Contains("name=\"Kind\"") && html.Contains("请选择审查事项类型"), $"answered {(int)page.StatusCode}");
        }
    }

    public static async Task SessionsAsync(Tally tally, HttpClient http, CliRunner cli, string database)
    {
        var lawyer = await ApiClient.LoginAsync(http, "lb-lawyer");
        var lead = await ApiClient.LoginAsync(http, "lb-lead");
        var before = (await lawyer.GetAsync("/api/workflows")).Status;
        var disable = await cli.RunAsync(["users", "disable", "lb-lawyer", "--db", database]);
        var reset = await cli.RunAsync(["users", "reset-password", "lb-lead", "--password", ApiClient.DemoPassword, "--db", database]);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var after = (await lawyer.GetAsync("/api/workflows")).Status;
        tally.Check("M2 disabled user", "a disabled user's bearer token stops working", before == 200 && disable.ExitCode == 0 && after == 401,
            $"before {before}, disable exit {disable.ExitCode} {disable.Stderr.Trim()}, after {after}");
        var login = await http.PostAsJsonAsync("/api/auth/login", new { userName = "lb-lawyer", password = ApiClient.DemoPassword });
        var text = await login.Content.ReadAsStringAsync();
        tally.Check("L3 login", "a disabled account is told it is disabled (403), not locked out", login.StatusCode == HttpStatusCode.Forbidden && text.Contains("账号已停用"),
            $"{(int)login.StatusCode} {text}");
        var old = (await lead.GetAsync("/api/workflows")).Status;
        var fresh = (await (await ApiClient.LoginAsync(http, "lb-lead")).GetAsync("/api/workflows")).Status;
        tally.Check("L2 password reset", "a password reset ends the old token, a new login works", reset.ExitCode == 0 && old == 401 && fresh == 200,
            $"reset exit {reset.ExitCode} {reset.Stderr.Trim()}, old {old}, new {fresh}");
    }

    private static string Detail(JsonNode? body) => body?["detail"]?.ToString() ?? "";

    private static string Header(System.Net.Http.Headers.HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.Single() : "";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
