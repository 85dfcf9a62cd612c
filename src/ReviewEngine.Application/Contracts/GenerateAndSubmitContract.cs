using System.Globalization;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Application.Contracts;

/// <param name="OtherMaterials">The remaining materials the workflow requires (起草说明, 相对人资料, 依据 …).</param>
/// <param name="UserTemplate">A Word template of the user's own (.docx with content controls or {{field}}
/// placeholders) to fill instead of laying out the standard text.</param>
public sealed record GenerateAndSubmitContractCommand(
    Actor Actor,
    ContractTemplate Template,
    IReadOnlyDictionary<string, string?> Fields,
    IReadOnlyList<string> OmitClauses,
    string DraftingUnit,
    IReadOnlyList<DocumentUpload> OtherMaterials,
    string? Title = null,
    string? SubmissionKey = null,
    byte[]? UserTemplate = null);

public sealed record GeneratedContractCase(ReviewCase Case, ComposedContract Contract, GeneratedDocument Document);

/// <summary>
/// 生成并送审: renders the contract from the template and opens a case in the administrative-agreement workflow
/// (行政协议) or the agency-contract workflow (民事合同), with the contract as the first round's contract text.
/// Invalid fields throw <see cref="ContractFieldsException"/> with every error.
/// </summary>
public sealed class GenerateAndSubmitContractHandler(SubmitCaseHandler submit, IContractDocumentWriter writer, ContractNumberAssigner numbers)
{
    // Numbering reads the stored numbers, so numbering and saving the case run one at a time (issue 16 item 6).
    private static readonly SemaphoreSlim NumberingGate = new(1, 1);

    private static readonly string[] AmountFields = ["totalCompensation", "contractPrice", "totalInvestment", "annualRent", "annualFee", "fundingAmount"];

    public async Task<GeneratedContractCase> HandleAsync(GenerateAndSubmitContractCommand cmd, CancellationToken ct = default)
    {
        // Invalid fields fail before a number is taken.
        ContractComposer.Compose(cmd.Template, cmd.Fields, cmd.OmitClauses);
        await NumberingGate.WaitAsync(ct);
        try
        {
            return await GenerateAsync(cmd, await numbers.NextAsync(cmd.Actor, cmd.Template, ct), ct);
        }
        finally
        {
            NumberingGate.Release();
        }
    }

    private async Task<GeneratedContractCase> GenerateAsync(GenerateAndSubmitContractCommand cmd, string number, CancellationToken ct)
    {
        var template = cmd.Template;
        var contract = ContractComposer.Compose(template, cmd.Fields, cmd.OmitClauses, number);
        var document = cmd.UserTemplate is { } own ? writer.FillUserTemplate(own, contract) : writer.Write(contract);
        var upload = DocumentUpload.From(document.FileName, GeneratedDocument.DocxContentType, document.Bytes, ContractCaseMetadata.ContractMaterial);
        var kind = template.Kind == ContractKind.AdministrativeAgreement ? MatterKind.AdministrativeAgreement : MatterKind.AgencyCivilContract;
        var metadata = new Dictionary<string, string>
        {
            [ContractCaseMetadata.TemplateId] = template.Id,
            [ContractCaseMetadata.TemplateVersion] = template.Version,
            [ContractCaseMetadata.FieldsHash] = contract.FieldsHash,
            [ContractCaseMetadata.ContractNumber] = contract.Number,
            [ContractCaseMetadata.OmittedClauses] = string.Join(",", contract.OmittedClauses),
            [ContractCaseMetadata.Subtype] = template.Category,
        };
        if (Counterparty(contract) is { } counterparty)
        {
            // Pre-review reads the counterparty from the metadata, as the web form stores it.
            metadata[ContractCaseMetadata.Counterparty] = counterparty;
        }

        var title = cmd.Title ?? Title(contract);
        var c = await submit.HandleAsync(new SubmitCaseCommand(cmd.Actor, kind, title, cmd.DraftingUnit, Amount(contract), metadata,
            [upload, .. cmd.OtherMaterials], Counterparty(contract), cmd.SubmissionKey), ct);
        return new GeneratedContractCase(c, contract, document);
    }

    private static string Title(ComposedContract c) =>
        c.Values.TryGetValue("projectName", out var project) ? $"{c.Title}（{project}）"
        : c.Parties.Count > 1 ? $"{c.Title}（{c.Parties[1].Name}）" : c.Title;

    /// <summary>The contract's headline amount (补偿总额, 合同价款, 总投资 …), else its first required money field.
    /// Not the largest: an expected 年产值 is no contract amount.</summary>
    private static decimal? Amount(ComposedContract c)
    {
        var name = AmountFields.FirstOrDefault(c.Values.ContainsKey)
            ?? c.Template.Fields.FirstOrDefault(f => f.Type == FieldType.Money && f.Required && c.Values.ContainsKey(f.Name))?.Name;
        return name is null ? null : decimal.Parse(c.Values[name], CultureInfo.InvariantCulture);
    }

    private static string? Counterparty(ComposedContract c) =>
        c.Parties.Count > 1 ? string.Join("、", c.Parties.Skip(1).Select(p => p.Name)) : null;
}
