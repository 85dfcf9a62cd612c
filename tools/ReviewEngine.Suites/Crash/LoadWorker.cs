using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.Crash;

/// <summary>
/// One simulated township: submits a normative document with four materials, then the registrar accepts it and the
/// reviewer and lawyer pass it back and forth. Every 2xx is recorded as acknowledged; a dropped connection (the app
/// was killed) waits for the app and carries on from the state the server reports.
/// </summary>
public sealed class LoadWorker(int port, string township, int seed, ConcurrentAcks acks)
{
    private readonly Random _random = new(seed);
    private readonly Dictionary<string, ApiClient> _clients = [];
    private readonly HttpClient _http = ApiClient.CreateHttp(port, timeoutSeconds: 20);

    public int Errors { get; private set; }

    /// <summary>Answers by operation and status, e.g. "accept 200", printed at the end.</summary>
    public Dictionary<string, int> Statuses { get; } = [];

    private void Count(string operation, int status) => Statuses[$"{operation} {status}"] = Statuses.GetValueOrDefault($"{operation} {status}") + 1;

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var caseId = await SubmitAsync(stop);
                for (var step = 0; step < 6 && caseId is { } id && !stop.IsCancellationRequested; step++)
                {
                    await NextActionAsync(id, stop);
                }

                await SearchAsync(stop);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                Errors++;
                await WaitForAppAsync(stop);
            }
        }
    }

    private async Task<ApiClient> ClientAsync(string role)
    {
        var user = $"{township}-{role}";
        if (!_clients.TryGetValue(user, out var client))
        {
            client = _clients[user] = await ApiClient.LoginAsync(_http, user);
        }

        return client;
    }

    private async Task<Guid?> SubmitAsync(CancellationToken stop)
    {
        var title = $"崩溃测试规范性文件 {township}-{seed}-{_random.Next():x8}";
        var draft = Docx.Valid(title, clauses: 20 + _random.Next(100));
        var texts = new[] { ("起草说明.txt", "draftingNote"), ("制定依据.txt", "legalBasis"), ("征求意见.txt", "publicComment") }
            .Select(t => (t.Item1, Bytes: Encoding.UTF8.GetBytes($"{title} {t.Item2} {_random.Next()}"), Material: t.Item2)).ToList();
        var documents = new JsonArray(new JsonObject { ["fileName"] = "送审稿.docx", ["base64"] = Convert.ToBase64String(draft), ["materialId"] = "draft" });
        foreach (var (name, bytes, material) in texts)
        {
            documents.Add(new JsonObject { ["fileName"] = name, ["base64"] = Convert.ToBase64String(bytes), ["materialId"] = material });
        }

        var (status, body) = await (await ClientAsync("drafter")).PostAsync("/api/cases", new JsonObject { ["kind"] = "NORMATIVE_DOC", ["title"] = title, ["documents"] = documents }, stop);
        Count("submit", status);
        if (status != 201)
        {
            ForgetTokensOn(status);
            return null;
        }

        var id = body!["id"]!.GetValue<Guid>();
        acks.Add(new Acknowledgement(id, "submit", 0, [Sha(draft), .. texts.Select(t => Sha(t.Bytes))]));
        return id;
    }

    /// <summary>The next action follows from the state the server reports, so a lost acknowledgement never repeats an action blindly.</summary>
    private async Task NextActionAsync(Guid id, CancellationToken stop)
    {
        var (_, details) = await (await ClientAsync("registrar")).GetAsync($"/api/cases/{id}", stop);
        var state = details?["state"]?.GetValue<string>();
        var version = details?["version"]?.GetValue<long>();
        var (role, action) = state switch
        {
            "registration" => ("registrar", "accept"),
            "townshipReview" => ("reviewer", "requestLawyerOpinion"),
            "lawyerOpinion" => ("lawyer", "submitLawyerOpinion"),
            _ => ("", ""),
        };
        if (action.Length == 0)
        {
            return;
        }

        var client = await ClientAsync(role);
        var (status, body) = await client.PostAsync($"/api/cases/{id}/actions", new { actionId = action, expectedVersion = version, comment = "崩溃测试" }, stop);
        Count(action, status);
        if (status == 200)
        {
            acks.Add(new Acknowledgement(id, action, body!["version"]!.GetValue<long>(), []));
        }

        ForgetTokensOn(status);
    }

    private void ForgetTokensOn(int status)
    {
        if (status == 401)
        {
            _clients.Clear();
        }
    }

    private async Task SearchAsync(CancellationToken stop)
    {
        using var request = (await ClientAsync("reviewer")).Request(HttpMethod.Get, "/api/templates/search?q=" + Uri.EscapeDataString("土地 征收 补偿"));
        using var response = await _http.SendAsync(request, stop);
        await response.Content.ReadFromJsonAsync<JsonNode>(stop);
    }

    private async Task WaitForAppAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if ((await _http.GetAsync("/health", stop)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
