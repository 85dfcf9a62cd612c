using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewEngine.Suites.Common;

/// <summary>The JSON API as one demo user: bearer login, then JSON in and out.</summary>
public sealed class ApiClient(HttpClient http, string token)
{
    public const string DemoPassword = "Review@2026demo";

    public HttpClient Http => http;

    public string Token => token;

    public static HttpClient CreateHttp(int port, int timeoutSeconds = 30) => new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 })
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        Timeout = TimeSpan.FromSeconds(timeoutSeconds),
    };

    public static async Task<ApiClient> LoginAsync(HttpClient http, string user)
    {
        var response = await http.PostAsJsonAsync("/api/auth/login", new { userName = user, password = DemoPassword });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return new ApiClient(http, body!["accessToken"]!.GetValue<string>());
    }

    public HttpRequestMessage Request(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public async Task<(int Status, JsonNode? Body)> SendJsonAsync(HttpMethod method, string path, object? body = null, CancellationToken ct = default)
    {
        using var request = Request(method, path, body is null ? null : JsonContent.Create(body));
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        JsonNode? json = null;
        if (text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json") == true)
        {
            try
            {
                json = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
            }
        }

        return ((int)response.StatusCode, json);
    }

    public Task<(int Status, JsonNode? Body)> GetAsync(string path, CancellationToken ct = default) => SendJsonAsync(HttpMethod.Get, path, null, ct);

    public Task<(int Status, JsonNode? Body)> PostAsync(string path, object body, CancellationToken ct = default) => SendJsonAsync(HttpMethod.Post, path, body, ct);
}
