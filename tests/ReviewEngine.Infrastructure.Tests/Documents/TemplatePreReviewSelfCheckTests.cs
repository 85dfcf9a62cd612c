using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Contracts;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Infrastructure.Tests.Documents;

/// <summary>
/// Issue 15 item 6: the district's own standard contracts, generated from their example values through the same
/// path as 合同生成并送审 (compose, .docx, submit, 智能预审 on the stored text), get no finding above ADVICE and the
/// conclusion 同意签订. A template whose text is wrong is fixed in templates/; a rule that misreads lawful text
/// (a refused or forbidden act) is fixed in workflows/checklists.
/// </summary>
public sealed class TemplatePreReviewSelfCheckTests
{
    public static TheoryData<string> TemplateIds()
    {
        var data = new TheoryData<string>();
        foreach (var template in TemplateLoader.LoadLibrary(RepositoryLocator.TemplatesDirectory(null)).Templates)
        {
            data.Add(template.Id);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public async Task StandardContractFromItsExampleValuesIsAgreedWithoutFindings(string templateId)
    {
        await using var db = await TestDatabase.CreateAsync();
        var drafter = await db.ActorAsync("lb-drafter", Roles.Drafter);
        var template = new Infrastructure.Documents.Generation.FileTemplateCatalog().Find(templateId)!;
        string[] materials = ["draftingNote", "counterpartyInfo"];
        var others = materials
            .Concat(template.Kind == ContractKind.AdministrativeAgreement ? ["legalBasis"] : [])
            .Select(m => DocumentUpload.From(m + ".txt", "text/plain", Encoding.UTF8.GetBytes("内容 " + m), m))
            .ToArray();

        var generated = await db.RunAsync(sp => sp.GetRequiredService<GenerateAndSubmitContractHandler>().HandleAsync(
            new GenerateAndSubmitContractCommand(drafter, template, ContractExamples.For(template), [], "经济发展办公室", others)));

        var findings = await db.RunAsync(sp => Task.FromResult(sp.GetRequiredService<ReviewEngine.Infrastructure.Persistence.ReviewDbContext>()
            .CaseFindings.Where(f => f.CaseId == generated.Case.Id).ToList()));
        var serious = findings.Where(f => f.Severity != "ADVICE").Select(f => $"{f.RuleId} {f.Severity} @{f.Clause}: {f.Excerpt}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        Assert.Equal("同意签订", generated.Case.PreReviewConclusion);
    }
}
