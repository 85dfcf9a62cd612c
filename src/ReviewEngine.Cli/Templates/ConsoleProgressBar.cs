using ReviewEngine.Application.Templates;

namespace ReviewEngine.Cli.Templates;

/// <summary>Prints one progress line per indexed template, e.g. <c>[#####-----]  6/12 construction</c>.
/// Lines rather than carriage returns, so redirected output and test captures stay readable.</summary>
internal sealed class ConsoleProgressBar(TextWriter output) : IProgress<IndexProgress>
{
    private const int _width = 20;

    public void Report(IndexProgress value)
    {
        var filled = value.Total == 0 ? _width : value.Done * _width / value.Total;
        output.WriteLine($"[{new string('#', filled)}{new string('-', _width - filled)}] {value.Done,3}/{value.Total} {value.Item}");
    }
}
