using System.Diagnostics;

namespace ReviewEngine.Infrastructure.Tests.Documents;

/// <summary>Runs a command-line tool (soffice, pdftotext, pdffonts) and returns its standard output; a missing tool,
/// a timeout or a non-zero exit fails the test with the tool's error output.</summary>
internal static class ExternalTool
{
    public static string Run(string tool, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, int timeoutMs = 120_000)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"{tool} is not installed: {LibreOfficeFactAttribute.Provide}");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(timeoutMs), $"{tool} did not finish within {timeoutMs / 1000} s");
            Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {error.Result}");
            return output.Result;
        }
    }
}
