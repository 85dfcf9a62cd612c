using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.BadInput;

/// <summary>Sends one raw request and judges the answer: a 4xx with a message passes; a 5xx, a 2xx or a dropped connection fails.</summary>
public sealed class HttpProbe(ApiClient api)
{
    public ApiClient Api => api;

    public BadInputCase Raw(string group, string name, HttpMethod method, string path, byte[]? body, string? contentType = "application/json",
        bool authenticated = true, bool tolerateSuccess = false, string? charset = null, bool expectContinue = false) =>
        new(group, name, async () =>
        {
            using var request = authenticated ? api.Request(method, path) : new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = contentType is null ? null : new MediaTypeHeaderValue(contentType) { CharSet = charset };
            }

            // As a well-behaved client sends a large body: the server can refuse it (413) before it is sent.
            request.Headers.ExpectContinue = expectContinue ? true : null;

            return await JudgeAsync(request, tolerateSuccess);
        });

    public BadInputCase Json(string group, string name, HttpMethod method, string path, string json, bool authenticated = true) =>
        Raw(group, name, method, path, Encoding.UTF8.GetBytes(json), authenticated: authenticated, expectContinue: json.Length > 1024 * 1024);

    public BadInputCase Json(string group, string name, string path, JsonNode body) => Json(group, name, HttpMethod.Post, path, body.ToJsonString());

    public BadInputCase Get(string group, string name, string path, bool authenticated = true, bool tolerateSuccess = false) =>
        Raw(group, name, HttpMethod.Get, path, null, authenticated: authenticated, tolerateSuccess: tolerateSuccess);

    private async Task<Verdict> JudgeAsync(HttpRequestMessage request, bool tolerateSuccess)
    {
        HttpResponseMessage response;
        try
        {
            response = await api.Http.SendAsync(request);
        }
        catch (HttpRequestException ex)
        {
            return new Verdict("connection-error", false, ex.Message);
        }
        catch (TaskCanceledException)
        {
            return new Verdict("timeout", false, "no answer within the client timeout");
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            var message = MessageOf(text);
            // Kestrel refuses a malformed request line or an over-long URL itself, before the app runs: no body, connection closed.
            if (status is 400 or 414 or 431 && text.Length == 0 && response.Headers.ConnectionClose == true)
            {
                return new Verdict($"{status} (server)", true, "refused by Kestrel before the app");
            }

            if (status is >= 400 and < 500)
            {
                return new Verdict($"{status}", message.Length > 0, message.Length > 0 ? message : "4xx without a message");
            }

            if (status is >= 200 and < 300 && tolerateSuccess)
            {
                return new Verdict("2xx (tolerated)", true, "");
            }

            return new Verdict($"{status}", false, text.Length > 200 ? text[..200] : text);
        }
    }

    private static string MessageOf(string text)
    {
        try
        {
            var json = JsonNode.Parse(text);
            return json?["detail"]?.GetValue<string>() ?? json?["title"]?.GetValue<string>() ?? "";
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            return "";
        }
    }
}
