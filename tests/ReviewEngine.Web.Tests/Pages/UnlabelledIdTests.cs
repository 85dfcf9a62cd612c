using System.Net;
using AngleSharp.Html.Parser;

namespace ReviewEngine.Web.Tests.Pages;

/// <summary>
/// Issue 17: every page each demo role reaches (inbox, new case for every kind, case pages in several states, search
/// with filters, templates, notifications, supervision, statistics, 规范性文件, an expert's panel, admin pages, error pages) names the
/// workflow's things in Chinese; no state, action, role, material, organisation, severity or audit id, and no rule id
/// without its title (<see cref="IdVocabulary"/>).
/// </summary>
public sealed class UnlabelledIdTests(SeededDistrict district) : IClassFixture<SeededDistrict>
{
    public static TheoryData<string> Users => new() { "lb-drafter", "lb-registrar", "lb-reviewer", "lb-lawyer", "lb-lead", "wc-district", "wc-admin", "expert-1" };

    [Theory]
    [MemberData(nameof(Users))]
    public async Task EveryPageTheRoleReachesShowsNoUnlabelledId(string user)
    {
        var client = await PageTestClient.LoginAsync(district.App, user);
        var problems = new List<string>();
        foreach (var (url, mustOpen) in Pages(user))
        {
            var response = await client.GetAsync(url);
            if (mustOpen && response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{url}: {(int)response.StatusCode}, expected the page");
                continue;
            }

            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            problems.AddRange(district.Vocabulary.Leaks(page).Distinct().Select(leak => $"{url} ({(int)response.StatusCode}): {leak}"));
        }

        Assert.True(problems.Count == 0, $"{user}:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public async Task TheLoginPageShowsNoUnlabelledId()
    {
        var response = await district.App.CreateClient().GetAsync("/Account/Login");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Empty(district.Vocabulary.Leaks(page));
    }

    [Fact]
    public async Task WebhookDeliveriesNameTheOrganisationNotItsId()
    {
        var admin = await PageTestClient.LoginAsync(district.App, "wc-admin");

        var page = await admin.GetDocumentAsync("/Admin/Webhooks");

        var rows = page.QuerySelectorAll("#pending tbody tr, #dead-letters tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("罗埠镇人民政府", r.TextContent));
    }

    [Fact]
    public void TheVocabularyComesFromTheWorkflowsAndTheEnums()
    {
        var ids = district.Vocabulary.Ids;

        Assert.Contains("townshipReview", ids);
        Assert.Contains("requestSupplement", ids);
        Assert.Contains("counterpartyInfo", ids);
        Assert.Contains("luobu", ids);
        Assert.Contains("BLOCKING", ids);
        Assert.Contains("NOT_CURABLE", ids);
        Assert.Contains("claim", ids);
        Assert.Contains("reviewLead", ids);
        Assert.Contains("meta", ids);
        Assert.Contains("UnifiedSocialCreditCode", ids);
    }

    /// <summary>The pages of the role; true where the role must be able to open it (the rest are checked whatever they answer, error pages included).</summary>
    private IEnumerable<(string Url, bool MustOpen)> Pages(string user)
    {
        var township = user.StartsWith("lb-", StringComparison.Ordinal);
        var staff = township || user == "wc-district";
        var seesEveryCase = staff && user != "lb-lawyer"; // the lawyer sees the cases they were asked about
        yield return ("/", user != "wc-admin" && user != "expert-1");
        yield return ("/Cases/Search", staff);
        yield return ("/Cases/Search?township=luobu&state=registration&kind=NORMATIVE_DOC", staff);
        yield return ("/Cases/Search?state=supplement&from=2020-01-01", staff);
        yield return ("/Cases/Search?q=协议&text=仲裁", staff);
        yield return ("/Templates", true);
        yield return ("/Templates?kind=ADMIN_AGREEMENT", true);
        yield return ("/Templates?q=土地收回", true);
        yield return ("/Templates/View/investment-attraction", true);
        yield return ("/Notifications", true);
        yield return ("/Statistics", staff);
        yield return ("/Statistics?township=luobu&kind=ADMIN_AGREEMENT", staff);
        yield return ("/Normative", staff);
        yield return ("/Normative?cleanupDue=true", staff);
        yield return ("/Supervision", user == "wc-district");
        yield return ("/Supervision?township=luobu&overdue=true", user == "wc-district");
        yield return ("/Consultations", user == "expert-1");
        yield return ($"/Consultations/{district.ConsultationId}", user == "expert-1");
        yield return ("/Admin/Webhooks", user == "wc-admin");
        yield return ("/Admin/Experts", false);
        yield return ("/Cases/New", user == "lb-drafter");
        foreach (var kind in new[] { "NORMATIVE_DOC", "MAJOR_DECISION", "MAJOR_ENFORCEMENT", "ADMIN_AGREEMENT", "AGENCY_CIVIL_CONTRACT" })
        {
            yield return ($"/Cases/New?kind={kind}", user == "lb-drafter");
        }

        yield return ("/Contracts/New/investment-attraction", user == "lb-drafter");
        foreach (var id in district.LuobuCases)
        {
            yield return ($"/Cases/Details/{id}", seesEveryCase);
        }

        yield return ($"/Cases/Details/{district.ChengbeiCase}", user == "wc-district");
        yield return ($"/Cases/Details/{Guid.NewGuid()}", false);
        yield return ("/no-such-page", false);
        yield return ("/Error/500", false);
    }
}
