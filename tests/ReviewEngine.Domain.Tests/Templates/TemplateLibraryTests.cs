using System.Text.RegularExpressions;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Domain.Tests.Templates;

/// <summary>Loads the real templates/ folder: the fixed ids exist, every source is valid, and the legal
/// red lines listed in docs/checklists.md (C-DISP-01, C-LIAB-02, C-COMP-01, C-PAY-01) hold in the text.</summary>
public sealed partial class TemplateLibraryTests
{
    private static readonly string[] IssueIds =
    [
        "investment-attraction", "investment-supplement", "land-recovery", "house-expropriation",
        "collective-land-expropriation", "purchase-of-services", "construction", "lease",
        "administrative-entrustment", "concession", "land-management-right-transfer", "legal-adviser",
        "state-land-grant",
    ];

    private static readonly Lazy<TemplateLibrary> Library = new(() => TemplateLoader.LoadLibrary(RepositoryLocator.TemplatesDirectory()));

    public static TheoryData<string> Ids => new(IssueIds);

    [Fact]
    public void LibraryHoldsExactlyTheThirteenFixedIds() =>
        Assert.Equal(IssueIds.Order(), Library.Value.Templates.Select(t => t.Id).Order());

    /// <summary>Issue 16 item 3: land-transfer was renamed to what it is (a 土地经营权流转合同); cases, links and scripts
    /// that name the old id still find it.</summary>
    [Fact]
    public void TheFormerIdOfARenamedTemplateStillFindsIt()
    {
        var renamed = Library.Value.Find("land-transfer");

        Assert.NotNull(renamed);
        Assert.Equal("land-management-right-transfer", renamed.Id);
        Assert.Equal("土地经营权流转合同", renamed.Title);
        Assert.True(renamed.IsNamed("land-transfer"));
        Assert.Null(Library.Value.Find("land-grant"));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryClauseHasTextAReviewerNoteAndKnownPlaceholders(string id)
    {
        var template = Library.Value.Find(id)!;

        Assert.Contains(template.Clauses, c => c.Locked);
        Assert.All(template.Clauses, c =>
        {
            Assert.NotEmpty(c.Paragraphs);
            Assert.NotEmpty(c.ReviewerNotes);
            Assert.All(c.Placeholders, p => Assert.NotNull(template.FindField(p)));
        });
        Assert.Equal(template.Clauses.Count, template.Clauses.Select(c => c.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryFieldHasAnExampleThatFitsItsType(string id)
    {
        var template = Library.Value.Find(id)!;

        Assert.All(template.Fields, f => Assert.True(FieldExampleCheck.IsValid(f, template), $"{id}.{f.Name}: example '{f.Example}' does not fit {f.Type.ToName()}"));
    }

    [Fact]
    public void AdministrativeAgreementsNeverAgreeToArbitrationAndKeepPublicInterestChange()
    {
        foreach (var t in Library.Value.Templates.Where(t => t.Kind == ContractKind.AdministrativeAgreement))
        {
            var text = string.Join("\n", t.Clauses.Select(c => c.Text));
            Assert.Equal(CountOf(text, "仲裁"), CountOf(text, "不约定仲裁"));
            Assert.Contains(t.Clauses, c => c.Locked && c.ReviewerNotes.Any(n => n.RuleIds.Contains("C-LIAB-02")));
            Assert.Contains(t.Clauses, c => c.Locked && c.ReviewerNotes.Any(n => n.RuleIds.Contains("C-DISP-01")));
        }
    }

    [Theory]
    [InlineData("补偿方式")]
    [InlineData("补偿金额")]
    [InlineData("支付期限")]
    [InlineData("产权调换")]
    [InlineData("搬迁费")]
    [InlineData("临时安置费")]
    [InlineData("周转用房")]
    [InlineData("停产停业损失")]
    [InlineData("搬迁期限")]
    [InlineData("过渡方式")]
    [InlineData("过渡期限")]
    public void HouseExpropriationAgreementCoversEveryMandatoryItem(string item)
    {
        var template = Library.Value.Find("house-expropriation")!;

        Assert.Contains(template.Clauses, c => (c.Heading + c.Text).Contains(item, StringComparison.Ordinal));
    }

    [Fact]
    public void PaymentsToContractorsAreDueWithinSixtyDays()
    {
        var paymentFields = Library.Value.Templates
            .Where(t => t.Kind == ContractKind.CivilContract)
            .SelectMany(t => t.Fields.Where(f => f.Name == "paymentDays"))
            .ToList();

        Assert.NotEmpty(paymentFields);
        Assert.All(paymentFields, f => Assert.True(f.Max <= 60));
    }

    [Fact]
    public void ReviewerNotesMayNameExactlyTheContractItemsOfTheChecklistsDoc()
    {
        var doc = File.ReadAllText(TestPaths.InRepo("docs", "checklists.md"));
        var documented = ContractItemRegex().Matches(doc).Select(m => m.Groups[1].Value);

        Assert.Equal(documented.Order(), ContractChecklistRules.Ids.Order());
    }

    [GeneratedRegex(@"^\| (C-[A-Z]+-\d{2}) \|", RegexOptions.Multiline)]
    private static partial Regex ContractItemRegex();

    private static int CountOf(string text, string word) =>
        (text.Length - text.Replace(word, "", StringComparison.Ordinal).Length) / word.Length;
}
