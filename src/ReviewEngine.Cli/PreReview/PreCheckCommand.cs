using System.CommandLine;
using ReviewEngine.Domain.PreReview;
using ReviewEngine.Domain.PreReview.Rules;
using ReviewEngine.Infrastructure.PreReview;

namespace ReviewEngine.Cli.PreReview;

/// <summary>
/// `review precheck --input case.json --format json` or `review precheck file.docx --kind KIND [--meta k=v]…`.
/// Bad input exits with code 2 and a message on stderr; the JSON shape is a contract other tools rely on.
/// </summary>
public static class PreCheckCommand
{
    public const int BadInputExitCode = 2;

    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "Document to check (.docx or .txt)", Arity = ArgumentArity.ZeroOrOne };
        var input = new Option<string?>("--input") { Description = "Case JSON: {\"kind\",\"title\",\"text\",\"meta\":{…}}" };
        var kind = new Option<string?>("--kind") { Description = "NORMATIVE_DOC | ADMIN_AGREEMENT | AGENCY_CIVIL_CONTRACT | OUT_OF_SCOPE" };
        var meta = new Option<string[]>("--meta") { Description = "Metadata key=value (issuer, draftedOn, effectiveOn, publicCommentDays, fairCompetitionReview, subtype, counterparty, amount, attachments)" };
        var format = new Option<string>("--format") { Description = "json or text", DefaultValueFactory = _ => "text" };
        var rules = new Option<string?>("--rules") { Description = "Directory of checklist rule files (default: workflows/checklists)" };
        var command = new Command("precheck", "智能预审: flag unlawful clauses with their legal basis and suggest a conclusion")
        {
            file, input, kind, meta, format, rules,
        };
        command.Subcommands.Add(PreCheckEvalCommand.Create());
        command.SetAction(parse => Run(
            parse.InvocationConfiguration,
            new PreCheckRequest(parse.GetValue(file), parse.GetValue(input), parse.GetValue(kind), parse.GetValue(meta) ?? [], parse.GetValue(format) ?? "text", parse.GetValue(rules))));
        return command;
    }

    private static int Run(InvocationConfiguration console, PreCheckRequest request)
    {
        try
        {
            var format = request.Format.Trim().ToLowerInvariant();
            if (format is not ("json" or "text"))
            {
                throw new PreCheckInputException($"unknown --format \"{request.Format}\" (json or text)");
            }
            var input = ReadInput(request);
            var engine = new PreReviewEngine(LoadRules(request.RulesDirectory));
            var report = engine.Analyze(input);
            if (format == "json")
            {
                PreCheckReportWriter.WriteJson(report, console.Output);
            }
            else
            {
                PreCheckReportWriter.WriteText(report, input.Title, console.Output);
            }
            return 0;
        }
        catch (PreCheckInputException ex)
        {
            console.Error.WriteLine($"precheck: {ex.Message}");
            return BadInputExitCode;
        }
    }

    private static PreReviewInput ReadInput(PreCheckRequest request) => (request.CaseFile, request.Document) switch
    {
        (not null, not null) => throw new PreCheckInputException("give either --input <case.json> or a document, not both"),
        (not null, null) => PreCheckInputReader.FromCaseFile(request.CaseFile),
        (null, not null) => PreCheckInputReader.FromDocument(request.Document, request.Kind, request.Meta),
        _ => throw new PreCheckInputException("nothing to check: give --input <case.json> or <file.docx|file.txt> --kind <kind>"),
    };

    private static RuleSet LoadRules(string? directory)
    {
        try
        {
            return FileRuleCatalog.Load(ChecklistDirectory.Locate(directory));
        }
        catch (Exception ex) when (ex is RuleFileException or IOException)
        {
            throw new PreCheckInputException($"cannot load rules: {ex.Message}");
        }
    }
}
