using System.Net;
using System.Text;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Web.Tests.Pages;

/// <summary>智能预审 on the case page: findings from the submitted text, confirmed or dismissed by the reviewer, pre-filling the opinion.</summary>
public sealed class PreReviewPageTests : IClassFixture<ReviewEngineApp>
{
    private const string Draft = """
        《××镇农村生活垃圾分类管理办法》
        第一条 为推进农村生活垃圾分类减量，根据《中华人民共和国固体废物污染环境防治法》等法律法规，制定本办法。
        第七条 不按规定分类投放、经劝阻仍不改正的，镇综合行政执法队可以对个人处五十元以上二百元以下罚款。
        第十条 本办法自2026年6月1日起施行，有效期至2029年5月31日。
        """;

    private readonly ReviewEngineApp _app;

    public PreReviewPageTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task ReviewerConfirmsAFindingWhileDismissingNeedsAReasonAndOnlyReviewersDecide()
    {
        var url = await SubmitAsync("农村生活垃圾分类管理办法", Draft);

        var reviewer = await PageTestClient.LoginAsync(_app, "lb-reviewer");
        var page = await reviewer.GetDocumentAsync(url);
        var fine = page.QuerySelectorAll("#findings tbody tr").First(r => r.TextContent.Contains("N-CONT-02"));
        var findingId = fine.QuerySelector("input[name=findingId]")!.GetAttribute("value")!;
        Assert.Contains("第七条", fine.TextContent);
        Assert.False(string.IsNullOrEmpty(page.QuerySelector("#prereview-conclusion")!.TextContent));

        var dismissWithoutReason = await reviewer.PostFormAsync(url + "?handler=Finding", page, new() { ["findingId"] = findingId, ["confirm"] = "false", ["reason"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, dismissWithoutReason.StatusCode);

        var confirm = await reviewer.PostFormAsync(url + "?handler=Finding", page, new() { ["findingId"] = findingId, ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);

        var registrar = await PageTestClient.LoginAsync(_app, "lb-registrar");
        var registration = await registrar.GetDocumentAsync(url);
        Assert.Empty(registration.QuerySelectorAll("#findings input[name=findingId]"));

        var after = await reviewer.GetDocumentAsync(url);
        Assert.Contains("已确认", after.QuerySelectorAll("#findings tbody tr").First(r => r.TextContent.Contains("N-CONT-02")).TextContent);
        Assert.Contains(after.QuerySelectorAll("#timeline tbody tr"), r => r.TextContent.Contains("智能预审"));
    }

    [Fact]
    public async Task ThePagePassesOverRefusedActsAndSaysWhyItConcluded()
    {
        const string draft = """
            《××镇集镇农贸市场管理办法》
            第一条 为规范集镇农贸市场秩序，制定本办法。
            第三条 除法律、法规另有规定外，不向经营户收取任何费用，不收取押金。
            第四条 任何单位不得以停止供水、供电等方式迫使经营户搬离；逾期不搬离的，依法申请人民法院强制执行。
            第五条 占道经营、经劝阻仍不改正的，由镇综合行政执法队处二百元罚款。
            第六条 本办法自2026年7月1日起施行，有效期三年。
            """;
        var url = await SubmitAsync("集镇农贸市场管理办法", draft);

        var reviewer = await PageTestClient.LoginAsync(_app, "lb-reviewer");
        var page = await reviewer.GetDocumentAsync(url);
        var rows = page.QuerySelectorAll("#findings tbody tr").Select(r => r.TextContent).ToList();

        Assert.Contains(rows, r => r.Contains("N-CONT-02") && r.Contains("第五条"));
        Assert.DoesNotContain(rows, r => r.Contains("N-CONT-03") || r.Contains("N-CONT-04"));
        Assert.Equal("修改后合法", page.QuerySelector("#prereview-conclusion")!.TextContent);
        Assert.Contains("不得设定行政处罚", page.QuerySelector("#prereview-reason")!.TextContent);
    }

    [Fact]
    public async Task ARuleThatRunsOutOfTimeLeavesTheSubmissionStandingAndOffersTheReviewerToRunItAgain()
    {
        var rules = BacktrackingRules.CreateIn(System.IO.Directory.CreateTempSubdirectory("re-rules-").FullName);
        await using var app = new ReviewEngineApp { RulesDirectory = rules };

        var url = await SubmitAsync(app, "农村生活垃圾分类管理办法", Draft + "\n第十一条 " + BacktrackingRules.Sentence);

        var drafter = await PageTestClient.LoginAsync(app, "lb-drafter");
        var own = await drafter.GetDocumentAsync(url);
        Assert.Equal("智能预审未完成（超时），请重新运行", own.QuerySelector("#prereview-problem")!.TextContent);
        Assert.Null(own.QuerySelector("#rerun-prereview"));

        var reviewer = await PageTestClient.LoginAsync(app, "lb-reviewer");
        var page = await reviewer.GetDocumentAsync(url);
        Assert.NotNull(page.QuerySelector("#rerun-prereview"));
        var rerun = await reviewer.PostFormAsync(url + "?handler=RerunPreReview", page, new());
        Assert.Equal(HttpStatusCode.Redirect, rerun.StatusCode);
        var after = await reviewer.GetDocumentAsync(url);
        Assert.Equal(2, after.QuerySelectorAll("#timeline tbody tr").Count(r => r.TextContent.Contains("智能预审未完成")));
    }

    /// <summary>罗埠镇's drafter submits a normative document with this text through the new-case page; the case URL.</summary>
    private Task<string> SubmitAsync(string title, string draft) => SubmitAsync(_app, title, draft);

    private static async Task<string> SubmitAsync(ReviewEngineApp app, string title, string draft)
    {
        var drafter = await PageTestClient.LoginAsync(app, "lb-drafter");
        var form = await drafter.GetDocumentAsync("/Cases/New");
        var created = await drafter.PostMultipartAsync("/Cases/New", form, new()
        {
            ["Kind"] = "NORMATIVE_DOC",
            ["Title"] = title,
            ["DraftingUnit"] = "农业农村办",
            ["Issuer"] = "罗埠镇人民政府",
            ["DraftedOn"] = "2026-04-15",
            ["PublicCommentDays"] = "30",
            ["SubmissionKey"] = Guid.NewGuid().ToString("N"),
        }, ("file-draft", "办法.txt", Encoding.UTF8.GetBytes(draft)), ("file-draftingNote", "说明.txt", "起草说明"u8.ToArray()),
            ("file-legalBasis", "依据.txt", "制定依据"u8.ToArray()), ("file-publicComment", "征求意见.txt", "征求意见30日"u8.ToArray()));
        return created.Headers.Location!.ToString();
    }
}
