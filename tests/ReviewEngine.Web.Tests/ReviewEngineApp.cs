using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Web.Hosting;

namespace ReviewEngine.Web.Tests;

/// <summary>
/// The real app (Development seed: demo district, one user per role) over its own SQLite file, or over a PostgreSQL
/// connection string when given (two instances on one such database are two app nodes).
/// </summary>
public sealed class ReviewEngineApp : WebApplicationFactory<Program>
{
    /// <summary>Set before the first request (the host is built lazily); xunit class fixtures need the one parameterless constructor.</summary>
    public string? PostgreSqlConnectionString { get; init; }

    /// <summary>EF Core interceptors added to the app's context (a command counter); set before the first request.</summary>
    public IReadOnlyList<IInterceptor> Interceptors { get; init; } = [];

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("re-web-").FullName;

    /// <summary>Another instance's SQLite file, so that two instances model two nodes on one database; set before the first request.</summary>
    public string? SharedDatabasePath { get; init; }

    public string DatabasePath => SharedDatabasePath ?? Path.Combine(Directory, "web.db");

    /// <summary>Another rules folder for 智能预审 (e.g. one with a pattern that runs out of time); set before the first request.</summary>
    public string? RulesDirectory { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ReviewEngine:DataDirectory", Directory);
        builder.UseSetting("ReviewEngine:DatabasePath", DatabasePath);
        builder.UseSetting("ReviewEngine:MaxUploadMegabytes", "2");
        if (PostgreSqlConnectionString is not null)
        {
            builder.UseSetting("ConnectionStrings:ReviewEngine", PostgreSqlConnectionString);
        }

        if (RulesDirectory is not null)
        {
            builder.ConfigureTestServices(s => s.AddSingleton<ReviewEngine.Application.PreReview.IPreReviewAnalyzer>(
                new ReviewEngine.Infrastructure.PreReview.PreReviewAnalyzer(RulesDirectory)));
        }

        if (Interceptors.Count > 0)
        {
            builder.ConfigureTestServices(s => s.ConfigureDbContext<ReviewDbContext>(o => o.AddInterceptors(Interceptors)));
        }
    }

    public async Task<HttpClient> ClientAsAsync(string userId)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = userId, password = HostingExtensions.DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Opens a case with every required material of its workflow attached, through the API.</summary>
    public static async Task<Guid> SubmitAsync(HttpClient drafter, string kind, string title, string[] materials, string? counterparty = null, decimal? amount = null)
    {
        var documents = materials.Select(m => new { fileName = m + ".txt", base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{title} {m} 正文")), materialId = m });
        var response = await drafter.PostAsJsonAsync("/api/cases", new { kind, title, counterparty, amount, documents });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid caseId, object body) =>
        client.PostAsJsonAsync($"/api/cases/{caseId}/actions", body);

    public static async Task<JsonElement> GetCaseAsync(HttpClient client, Guid caseId)
    {
        var response = await client.GetAsync($"/api/cases/{caseId}");
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static readonly string[] NormativeMaterials = ["draft", "draftingNote", "legalBasis", "publicComment"];
    public static readonly string[] AgreementMaterials = ["contractText", "draftingNote", "counterpartyInfo", "legalBasis"];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
