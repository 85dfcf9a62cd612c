using System.Text.RegularExpressions;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Domain.Tests.Templates;

/// <summary>What a government lawyer checks in every standard contract (issue 16 items 3 and 4): the remedy clause of
/// a 行政协议 (shared/domain.md §7.8 C-DISP-04), the 廉洁 clause, units on every amount and quantity, and party blocks
/// that fit the kind of party.</summary>
public sealed partial class TemplateLegalTextTests
{
    private static readonly Lazy<TemplateLibrary> Library = new(() => TemplateLoader.LoadLibrary(RepositoryLocator.TemplatesDirectory()));

    /// <summary>Between 行政机关 and 受委托组织 there is no counterparty who could sue: disputes go to the common superior.</summary>
    private const string InternalEntrustment = "administrative-entrustment";

    public static TheoryData<string> AdministrativeAgreements() =>
        [.. Library.Value.Templates.Where(t => t.Kind == ContractKind.AdministrativeAgreement && t.Id != InternalEntrustment).Select(t => t.Id)];

    public static TheoryData<string> AllTemplates() => [.. Library.Value.Templates.Select(t => t.Id)];

    [GeneratedRegex("任何一方.{0,20}(起诉|提起.{0,4}诉讼)|甲方.{0,10}(起诉|提起.{0,4}诉讼)")]
    private static partial Regex AgencySues();

    [Theory]
    [MemberData(nameof(AdministrativeAgreements))]
    public void OnlyTheCounterpartySuesAndTheAgencyDecidesInWritingAndAppliesForEnforcement(string id)
    {
        var template = Library.Value.Find(id)!;
        var dispute = template.FindClause("dispute")!;

        Assert.True(dispute.Locked);
        Assert.Contains("可以依法申请行政复议或者向{{courtName}}提起行政诉讼", dispute.Text);
        Assert.Contains("书面决定", dispute.Text);
        Assert.Contains("申请人民法院强制执行", dispute.Text);
        Assert.Contains(dispute.ReviewerNotes, n => n.RuleIds.Contains("C-DISP-04"));
        Assert.All(template.Clauses, c => Assert.DoesNotMatch(AgencySues(), c.Text));
    }

    [Theory]
    [InlineData("investment-attraction")]
    [InlineData("investment-supplement")]
    [InlineData("concession")]
    [InlineData("purchase-of-services")]
    [InlineData("construction")]
    [InlineData("lease")]
    [InlineData("legal-adviser")]
    [InlineData("state-land-grant")]
    public void ContractsWithBusinessesCarryALockedIntegrityClause(string id)
    {
        var integrity = Library.Value.Find(id)!.FindClause("integrity");

        Assert.NotNull(integrity);
        Assert.True(integrity.Locked);
        Assert.Contains("不得向乙方索取或者收受财物", integrity.Text);
        Assert.Contains("纪检监察机关", integrity.Text);
    }

    /// <summary>"单价1.20元" is no price: each placeholder of an amount or a quantity is followed by its unit, and a
    /// rate (元/日, 元/月, 元/亩) is preceded by 每.</summary>
    [Theory]
    [MemberData(nameof(AllTemplates))]
    public void EveryAmountAndQuantityIsWrittenWithItsUnit(string id)
    {
        var template = Library.Value.Find(id)!;
        foreach (var clause in template.Clauses)
        {
            foreach (Match m in Regex.Matches(clause.Text, @"\{\{([A-Za-z0-9]+)\}\}"))
            {
                var field = template.FindField(m.Groups[1].Value)!;
                var after = clause.Text[(m.Index + m.Length)..];
                var before = clause.Text[Math.Max(0, m.Index - 12)..m.Index];
                var where = $"{id}/{clause.Id}: {{{{{field.Name}}}}}";
                switch (field.Type)
                {
                    case FieldType.Money:
                        Assert.True(after.StartsWith('元'), $"{where} is not followed by 元");
                        Assert.True(!field.Unit!.Contains('/') || before.Contains('每'), $"{where} ({field.Unit}) needs 每… before it");
                        break;
                    case FieldType.Percent:
                        Assert.True(after.StartsWith('%'), $"{where} is not followed by %");
                        break;
                    case FieldType.Area or FieldType.Integer:
                        Assert.True(field.Unit is not null, $"{where} has no unit in fields.json");
                        Assert.True(after.StartsWith(field.Unit!) || after.StartsWith("个" + field.Unit), $"{where} is not followed by {field.Unit}");
                        break;
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllTemplates))]
    public void EveryPartyHasTheFieldsOfItsKind(string id)
    {
        var template = Library.Value.Find(id)!;
        foreach (var party in template.Fields.Where(f => f.Type == FieldType.Party))
        {
            var prefix = ContractComposer.PartyBase(party.Name);
            string[] needed = ContractComposer.IsPersonParty(template, party)
                ? ["IdNumber", "Address", "Phone"]
                : ["Code", "Representative", "Address"];
            Assert.All(needed, suffix => Assert.True(template.FindField(prefix + suffix) is not null, $"{id}: {party.Label} has no {prefix}{suffix}"));
        }
    }

    [Fact]
    public void AThreePartyAgreementNeverSpeaksOfBothParties()
    {
        var threeParty = Library.Value.Templates.Where(t => t.Fields.Count(f => f.Type == FieldType.Party) >= 3).ToList();

        Assert.Contains(threeParty, t => t.Id == "collective-land-expropriation");
        Assert.All(threeParty, t => Assert.All(t.Clauses, c => Assert.DoesNotContain("双方", c.Text)));
    }

    [Fact]
    public void TheHouseholdInAFarmlandTransferIsAPersonAndTheCollectiveOnlyItsAgent()
    {
        var template = Library.Value.Find("land-management-right-transfer")!;

        Assert.True(ContractComposer.IsPersonParty(template, template.FindField("partyA")!));
        Assert.True(template.FindField("partyAIdNumber")!.Required);
        Assert.False(template.FindClause("entrustment")!.Locked);
        Assert.DoesNotContain("{{partyACode}}", template.FindClause("parties")!.Text);
    }
}
