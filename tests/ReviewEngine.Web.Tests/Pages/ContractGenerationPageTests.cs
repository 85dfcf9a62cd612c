using System.Net;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Web.Tests.Pages;

/// <summary>生成合同并送审 from the template library: per-field errors on the form, or a case with the generated contract.</summary>
public sealed class ContractGenerationPageTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public ContractGenerationPageTests(ReviewEngineApp app) => _app = app;

    private static Dictionary<string, string> Form(ContractTemplate template, Action<Dictionary<string, string?>>? change = null)
    {
        var values = ContractExamples.For(template);
        change?.Invoke(values);
        var form = values.Where(kv => kv.Value is not null).ToDictionary(kv => $"Values[{kv.Key}]", kv => kv.Value!);
        form["SubmissionKey"] = Guid.NewGuid().ToString("N");
        return form;
    }

    [Fact]
    public async Task InvalidFieldsAreShownPerFieldAndNothingIsSubmitted()
    {
        var template = TemplateLoader.LoadLibrary(Path.Combine(TestPaths.RepoRoot, "templates")).Find("investment-attraction")!;
        var drafter = await PageTestClient.LoginAsync(_app, "lb-drafter");
        var page = await drafter.GetDocumentAsync("/Contracts/New/investment-attraction");
        var creditCodeField = template.Fields.First(f => f.Type == FieldType.UnifiedSocialCreditCode).Name;

        var response = await drafter.PostMultipartAsync("/Contracts/New/investment-attraction", page, Form(template, v => v[creditCodeField] = "91330702MA2XXXXXX0"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"field-{creditCodeField}-error", html);
    }

    [Fact]
    public async Task ValidFieldsOpenACaseWithTheGeneratedContract()
    {
        var template = TemplateLoader.LoadLibrary(Path.Combine(TestPaths.RepoRoot, "templates")).Find("investment-attraction")!;
        var drafter = await PageTestClient.LoginAsync(_app, "lb-drafter");
        var page = await drafter.GetDocumentAsync("/Contracts/New/investment-attraction");

        var response = await drafter.PostMultipartAsync("/Contracts/New/investment-attraction", page, Form(template),
            ("file-draftingNote", "说明.txt", "谈判说明"u8.ToArray()), ("file-counterpartyInfo", "资料.txt", "营业执照"u8.ToArray()),
            ("file-legalBasis", "依据.txt", "政策文件"u8.ToArray()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var casePage = await drafter.GetDocumentAsync(response.Headers.Location!.ToString());
        Assert.Equal("registration", casePage.QuerySelector("#case-state")!.GetAttribute("data-state"));
        Assert.Contains(casePage.QuerySelectorAll("#documents tbody tr"), r => r.TextContent.Contains(".docx") && r.TextContent.Contains("合同"));
    }
}
