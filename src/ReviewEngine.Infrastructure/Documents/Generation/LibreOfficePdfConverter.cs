using System.Diagnostics;
using ReviewEngine.Application.Opinions;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>
/// `soffice --headless --convert-to pdf` in a scratch folder with its own profile (two conversions at once would
/// otherwise fight over the user's profile lock). A missing soffice, a failure or a minute's wait gives null.
/// </summary>
public sealed class LibreOfficePdfConverter : IDocumentPdfConverter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public async Task<byte[]?> ToPdfAsync(byte[] docx, CancellationToken ct)
    {
        var dir = Directory.CreateTempSubdirectory("re-pdf-").FullName;
        try
        {
            var input = Path.Combine(dir, "letter.docx");
            await File.WriteAllBytesAsync(input, docx, ct);
            var start = new ProcessStartInfo("soffice")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in (string[])[$"-env:UserInstallation=file://{dir}/profile", "--headless", "--convert-to", "pdf", "--outdir", dir, input])
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            var pdf = Path.Combine(dir, "letter.pdf");
            return process.ExitCode == 0 && File.Exists(pdf) ? await File.ReadAllBytesAsync(pdf, ct) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        finally
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // A leftover scratch folder in /tmp is harmless; the preview itself succeeded or already failed.
            }
        }
    }
}
