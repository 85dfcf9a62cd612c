using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Web.Tests.Hosting;

/// <summary>The deployment of docs/operations.md: the publish output, copied away from the repository, starts on its
/// own with the workflows, calendars, checklists and templates it carries.</summary>
public sealed class PublishedAppTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("re-publish-").FullName;

    [Fact]
    public async Task PublishOutputRunsOutsideTheRepository()
    {
        var app = Path.Combine(_dir, "app");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var project = TestPaths.InRepo("src", "ReviewEngine.Web", "ReviewEngine.Web.csproj");
        var (code, output) = await RunAsync(_dir, "publish", project, "-c", configuration, "--no-build", "-o", app);
        Assert.True(code == 0, output);
        Assert.True(File.Exists(Path.Combine(app, "workflows", "calendar", "2026.json")));
        Assert.True(File.Exists(Path.Combine(app, "workflows", "checklists", "contract.json")));
        Assert.True(File.Exists(Path.Combine(app, "templates", "land-recovery", "clauses.md")));

        var url = $"http://127.0.0.1:{FreePort()}";
        using var server = Start(app, Path.Combine(app, "ReviewEngine.Web.dll"), "--urls", url);
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        try
        {
            Assert.True(await AnswersAsync(http, "/health"), "the published app did not answer /health within 120 s");
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/Account/Login")).StatusCode);
            Assert.True(File.Exists(Path.Combine(app, "data", "reviewengine.db")));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    private static async Task<bool> AnswersAsync(HttpClient http, string path)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(120); DateTime.UtcNow < deadline; await Task.Delay(250))
        {
            try
            {
                if ((await http.GetAsync(path)).IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }

        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Process Start(string workingDirectory, params string[] arguments)
    {
        var info = Dotnet(workingDirectory, arguments);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<(int Code, string Output)> RunAsync(string workingDirectory, params string[] arguments)
    {
        var info = Dotnet(workingDirectory, arguments);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static ProcessStartInfo Dotnet(string workingDirectory, string[] arguments)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, true);
        }
        catch (IOException)
        {
            // A file still held by the stopped app is harmless in a temp folder.
        }
    }
}
