using System.CommandLine;
using System.CommandLine.Invocation;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Cli.Templates;

/// <summary>Runs a command and turns bad input into a one-line stderr message and exit code 2 — including
/// parse errors, which System.CommandLine would otherwise answer with help text and exit code 1. Scripts that
/// call `review templates …` rely on 0 = success, 2 = bad input, 1 = anything else.</summary>
internal sealed class GuardedAction(Func<ParseResult, int> run) : SynchronousCommandLineAction
{
    public const int BadInput = 2;

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var error = parseResult.InvocationConfiguration.Error;
        if (parseResult.Errors.Count > 0)
        {
            error.WriteLine($"错误：{parseResult.Errors[0].Message}");
            return BadInput;
        }

        try
        {
            return run(parseResult);
        }
        catch (BadInputException ex)
        {
            error.WriteLine($"错误：{ex.Message}");
            return BadInput;
        }
        catch (TemplateLoadException ex)
        {
            error.WriteLine($"错误：范本源文件无效：{ex.Message}");
            return BadInput;
        }
        catch (DirectoryNotFoundException ex)
        {
            error.WriteLine($"错误：{ex.Message}");
            return BadInput;
        }
        catch (IOException ex)
        {
            // e.g. the index is held by the running web app; not the user's input, so exit code 1.
            error.WriteLine($"错误：{ex.Message}");
            return 1;
        }
    }
}
