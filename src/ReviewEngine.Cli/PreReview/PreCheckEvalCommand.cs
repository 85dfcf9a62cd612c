using System.CommandLine;
using ReviewEngine.Domain.PreReview;
using ReviewEngine.Domain.PreReview.Quality;
using ReviewEngine.Infrastructure;
using ReviewEngine.Infrastructure.PreReview;

namespace ReviewEngine.Cli.PreReview;

/// <summary>
/// `review precheck eval [--cases FILE]… [--format json]`: runs 智能预审 over labelled cases and prints per-rule
/// precision and recall, the conclusion confusion matrix and every miss and false flag with its clause. Exit 0
/// whatever the score (it measures, it does not judge); exit 2 on a bad case file, naming the line.
/// </summary>
public static class PreCheckEvalCommand
{
    public static Command Create()
    {
        var cases = new Option<string[]>("--cases") { Description = "Labelled cases (.jsonl); default tests/data/precheck/*.jsonl of the checkout" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        var rules = new Option<string?>("--rules") { Description = "Directory of checklist rule files (default: workflows/checklists)" };
        var command = new Command("eval", "Measure 智能预审 on labelled cases: per-rule precision/recall, conclusions, misses and false flags")
        {
            cases, format, rules,
        };
        command.SetAction(parse => Run(parse.InvocationConfiguration, parse.GetValue(cases) ?? [], parse.GetValue(format) ?? "text", parse.GetValue(rules)));
        return command;
    }

    private static int Run(InvocationConfiguration console, string[] files, string format, string? rulesDirectory)
    {
        try
        {
            if (format is not ("json" or "text"))
            {
                throw new PreCheckInputException($"unknown --format \"{format}\" (json or text)");
            }
            var paths = files.Length > 0 ? files : DefaultCaseFiles();
            var labelled = paths.SelectMany(Read).ToList();
            var engine = new PreReviewEngine(FileRuleCatalog.Load(ChecklistDirectory.Locate(rulesDirectory)));
            var score = CorpusScorer.Score(engine, labelled);
            if (format == "json")
            {
                EvalReportWriter.WriteJson(score, paths, console.Output);
            }
            else
            {
                EvalReportWriter.WriteText(score, paths, console.Output);
            }
            return 0;
        }
        catch (PreCheckInputException ex)
        {
            console.Error.WriteLine($"precheck eval: {ex.Message}");
            return PreCheckCommand.BadInputExitCode;
        }
    }

    private static string[] DefaultCaseFiles()
    {
        var folder = RepositoryPaths.FindRoot() is { } root ? Path.Combine(root, "tests", "data", "precheck") : null;
        return folder is not null && Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).ToArray()
            : throw new PreCheckInputException("no --cases given and tests/data/precheck not found (run inside the checkout or pass --cases FILE)");
    }

    private static IEnumerable<LabelledCase> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new PreCheckInputException($"{path}: file not found");
        }
        var number = 0;
        var result = new List<LabelledCase>();
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }
            try
            {
                result.Add(LabelledCase.Parse(line));
            }
            catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new PreCheckInputException($"{path}: line {number}: {ex.Message}");
            }
        }
        return result;
    }
}
