using System.CommandLine;

namespace ReviewEngine.Cli.Contracts;

/// <summary>`review contracts …`: standard contracts generated from the template library as .docx (issue 5).</summary>
public static class ContractsCommand
{
    public static Command Create()
    {
        var contracts = new Command("contracts", "标准合同：查看字段、生成 Word 文本");
        contracts.Subcommands.Add(ContractGenerateCommand.Create());
        contracts.Subcommands.Add(ContractFieldsCommand.Create());
        return contracts;
    }
}
