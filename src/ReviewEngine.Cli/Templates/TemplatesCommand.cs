using System.CommandLine;

namespace ReviewEngine.Cli.Templates;

/// <summary>`review templates …`: the contract template library (templates/).</summary>
public static class TemplatesCommand
{
    public static Command Create()
    {
        var templates = new Command("templates", "合同范本库：列出、检索范本");
        templates.Subcommands.Add(TemplateListCommand.Create());
        templates.Subcommands.Add(TemplateSearchCommand.Create());
        return templates;
    }
}
