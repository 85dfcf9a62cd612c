using System.CommandLine;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Cli.Templates;

/// <summary>`review templates list [--format json]` → <c>[{"templateId","title","category","kind"}]</c>.</summary>
internal static class TemplateListCommand
{
    public static Command Create()
    {
        var templatesDir = TemplateCliOptions.Templates();
        var format = TemplateCliOptions.Format();
        var command = new Command("list", "列出全部合同范本") { templatesDir, format };
        command.Action = new GuardedAction(parse =>
        {
            var json = TemplateCliOptions.IsJson(parse.GetValue(format)!);
            var library = TemplateCliOptions.LoadLibrary(parse.GetValue(templatesDir));
            Write(parse.InvocationConfiguration.Output, library, json);
            return 0;
        });
        return command;
    }

    private static void Write(TextWriter output, TemplateLibrary library, bool json)
    {
        if (json)
        {
            CliJson.Write(output, library.Templates.Select(t => new TemplateListItem(t.Id, t.Title, t.Category, t.Kind.ToLabel())));
            return;
        }

        var table = new TextTable("范本编号", "名称", "类别", "性质", "条款数", "版本");
        foreach (var t in library.Templates)
        {
            table.Add(t.Id, t.Title, t.Category, t.Kind.ToLabel(), t.Clauses.Count.ToString(), t.Version);
        }

        table.WriteTo(output);
        output.WriteLine($"共 {library.Templates.Count} 个范本。");
    }

    private sealed record TemplateListItem(string TemplateId, string Title, string Category, string Kind);
}
