using ReviewEngine.Application.Templates;

namespace ReviewEngine.Cli.Templates;

/// <summary>Prints one progress line per indexed template, e.g. <c>[#####-----]  6/12 construction</c>.
/// Lines rather than carriage returns, so redirected output and test captures stay readable.</summary>
internal sealed class ConsoleProgressBar(TextWriter output) : IProgress<IndexProgress>
{
    private const int Width = 20;

    public void Report(IndexProgress value)
    {
        var filled = value.Total == 0 ? Width : value.Done * Width / value.Total;
        output.WriteLine($"[{new string('#', filled)}{new string('-', Width - filled)}] {value.Done,3}/{value.Total} {value.Item}");
    }
}
