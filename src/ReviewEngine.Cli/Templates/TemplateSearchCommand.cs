using System.CommandLine;
using System.Globalization;
using ReviewEngine.Application.Templates;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Infrastructure.Search;

namespace ReviewEngine.Cli.Templates;

/// <summary>`review templates search "&lt;query&gt;" [--top 5] [--kind 行政协议|民事合同] [--category …] [--format json]`
/// → <c>[{"templateId","title","score","clauseId","highlights":[…]}]</c>, best first, one entry per template.</summary>
internal static class TemplateSearchCommand
{
    private const int MaxTop = 50;

    public static Command Create()
    {
        var query = new Argument<string[]>("query") { Description = "检索词，多个词用空格分隔，短语用引号", Arity = ArgumentArity.ZeroOrMore };
        var top = new Option<string>("--top") { Description = $"返回范本数（1–{MaxTop}，默认 5）", DefaultValueFactory = _ => "5" };
        var kind = new Option<string?>("--kind") { Description = "只检索 行政协议 或 民事合同" };
        var category = new Option<string?>("--category") { Description = "只检索某一类别，如 招商引资、征收补偿" };
        var templatesDir = TemplateCliOptions.Templates();
        var indexDir = TemplateCliOptions.Index();
        var format = TemplateCliOptions.Format();
        var command = new Command("search", "检索合同范本（每个范本返回最相关的条款及高亮片段）")
        {
            query, top, kind, category, templatesDir, indexDir, format,
        };
        command.Action = new GuardedAction(parse =>
        {
            var request = new TemplateSearchQuery(
                QueryText(parse.GetValue(query)), Top(parse.GetValue(top)!), Kind(parse.GetValue(kind)), parse.GetValue(category));
            var json = TemplateCliOptions.IsJson(parse.GetValue(format)!);
            var library = TemplateCliOptions.LoadLibrary(parse.GetValue(templatesDir));
            using var index = LuceneTemplateIndex.Open(TemplateCliOptions.IndexPath(parse.GetValue(indexDir)), library);
            SearchResultWriter.Write(parse.InvocationConfiguration.Output, request, index.Search(request), json);
            return 0;
        });
        return command;
    }

    private static string QueryText(string[]? words)
    {
        // The query argument takes any number of words, so a mistyped option would otherwise become a search word.
        var option = words?.FirstOrDefault(w => w.StartsWith("--", StringComparison.Ordinal));
        if (option is not null)
        {
            throw new BadInputException($"未知选项 {option}（可用：--top --kind --category --templates --index --format）");
        }

        var text = string.Join(' ', words ?? []).Trim();
        return text.Length > 0 ? text : throw new BadInputException("缺少检索词，例如：review templates search \"土地收回 补偿\"");
    }

    private static int Top(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxTop
            ? n
            : throw new BadInputException($"--top 须为 1 到 {MaxTop} 的整数，收到 '{value}'");

    private static ContractKind? Kind(string? value) =>
        value is null ? null
        : ContractKindNames.TryParse(value, out var kind) ? kind
        : throw new BadInputException($"--kind 只能是 {ContractKindNames.Administrative} 或 {ContractKindNames.Civil}，收到 '{value}'");
}
