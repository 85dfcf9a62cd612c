using OpenQA.Selenium;

namespace ReviewEngine.Web.Tests.Browser;

/// <summary>Real browser journeys through the Chinese UI, with screenshots and an axe check on each kind of page.</summary>
[Trait("Category", "Browser")]
[Trait("Requires", "Chromium")]
public sealed class ReviewJourneyTests : IClassFixture<KestrelApp>, IDisposable
{
    private readonly KestrelApp _server;
    private readonly BrowserSession _browser;
    private readonly string _files = Directory.CreateTempSubdirectory("re-files-").FullName;

    public ReviewJourneyTests(KestrelApp server)
    {
        _server = server;
        _browser = new BrowserSession(server.BaseUrl);
    }

    private string File(string name, string text)
    {
        var path = Path.Combine(_files, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private Guid Submit(string kind, string title, params (string Material, string Text)[] files)
    {
        _browser.LoginAs("lb-drafter");
        _browser.Go("/Cases/New");
        _browser.Select("kind", kind);
        _browser.Fill("title", title);
        foreach (var (material, text) in files)
        {
            _browser.Upload("file-" + material, File($"{material}-{Guid.NewGuid():N}.txt", text));
        }

        _browser.Click("submit-case");
        _browser.Wait(d => d.Url.Contains("/Cases/Details/"));
        return Guid.Parse(_browser.Driver.Url.Split('/').Last());
    }

    private string State() => _browser.Driver.FindElement(By.Id("case-state")).GetAttribute("data-state")!;

    [BrowserFact]
    public void NormativeDocumentGoesFromDrafterToArchiveAcrossFiveUsers()
    {
        var id = Submit("NORMATIVE_DOC", "罗埠镇农村生活垃圾分类管理办法",
            ("draft", "第一条 为推进农村生活垃圾分类……\n第五条 按每人每月2元收取垃圾处理费。"), ("draftingNote", "起草说明"),
            ("legalBasis", "固体废物污染环境防治法"), ("publicComment", "征求意见30日，采纳3条"));
        Assert.Equal("registration", State());
        _browser.Screenshot("01-submitted");

        _browser.LoginAs("lb-registrar");
        Assert.Contains("罗埠镇农村生活垃圾分类管理办法", _browser.Text("#inbox"));
        _browser.Screenshot("02-registrar-inbox");
        _browser.OpenCase(id);
        _browser.Act("accept");
        Assert.Equal("townshipReview", State());

        _browser.LoginAs("lb-reviewer");
        _browser.OpenCase(id);
        Assert.Contains("公职律师/法律顾问意见", _browser.Text("#disabled-draftOpinion"));
        _browser.Act("requestLawyerOpinion");
        Assert.Equal("lawyerOpinion", State());

        _browser.LoginAs("lb-lawyer");
        _browser.OpenCase(id);
        _browser.Act("submitLawyerOpinion", b => b.Fill("comment-submitLawyerOpinion", "第五条自设收费，缺乏上位法依据，建议删除。"));

        _browser.LoginAs("lb-reviewer");
        _browser.OpenCase(id);
        _browser.Act("draftOpinion", b =>
        {
            b.Select("conclusion-draftOpinion", "修改后合法");
            b.Driver.FindElement(By.Name("Form.Issues[0].Clause")).SendKeys("第五条");
            b.Driver.FindElement(By.Name("Form.Issues[0].Finding")).SendKeys("镇政府自行设定收费项目");
            b.Driver.FindElement(By.Name("Form.Issues[0].Basis")).SendKeys("固体废物污染环境防治法第五十八条");
            b.Driver.FindElement(By.Name("Form.Issues[0].Change")).SendKeys("删除第五条");
            b.Fill("comment-draftOpinion", "删除收费条款后可以出台。");
        });
        Assert.Equal("opinionApproval", State());

        _browser.LoginAs("lb-lead");
        _browser.OpenCase(id);
        _browser.Act("approveOpinion");
        Assert.Equal("adoptionFeedback", State());

        _browser.LoginAs("lb-drafter");
        _browser.OpenCase(id);
        _browser.Act("submitRevision", b =>
        {
            b.Upload("file-submitRevision", File("revised.txt", "第一条 为推进农村生活垃圾分类……\n（原第五条已删除）"));
            b.Select("material-submitRevision", "draft");
            new OpenQA.Selenium.Support.UI.SelectElement(b.Driver.FindElement(By.Name("Form.Adoptions[0].Decision"))).SelectByValue("PartiallyAdopted");
            b.Driver.FindElement(By.Name("Form.Adoptions[0].Reason")).SendKeys("收费改由区级部门依法设定");
        });
        Assert.Equal("recheck", State());
        // The 复核 reviewer reads the drafter's answer beside the issue it answers.
        Assert.Contains("部分采纳：收费改由区级部门依法设定", _browser.Text("#opinion-issue-1"));
        Assert.Contains("删除第五条", _browser.Text("#opinion-issue-1"));
        Assert.Contains("原第五条已删除", _browser.Text("#round-diff"));
        _browser.Screenshot("03-revision-diff");

        _browser.LoginAs("lb-reviewer");
        _browser.OpenCase(id);
        _browser.Act("confirmRevision");
        Assert.Equal("deliberation", State());

        // 集体审议 → 公布 → 备案, each a record the drafter enters on the case page.
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        _browser.LoginAs("lb-drafter");
        _browser.OpenCase(id);
        _browser.Act("recordDeliberation", b =>
        {
            b.SetValue("record-recordDeliberation-meetingOn", today);
            b.Fill("record-recordDeliberation-meetingName", "镇长办公会议");
            b.Fill("record-recordDeliberation-outcome", "通过");
        });
        Assert.Equal("publication", State());
        _browser.Act("recordPublication", b =>
        {
            b.SetValue("record-recordPublication-publishedOn", today);
            b.Fill("record-recordPublication-documentNumber", "罗政发〔2026〕7号");
            b.Fill("record-recordPublication-channel", "婺城区人民政府网站");
        });
        Assert.Equal("filing", State());
        _browser.Act("recordFiling", b =>
        {
            b.SetValue("record-recordFiling-filedOn", today);
            b.Fill("record-recordFiling-filedWith", "婺城区人民政府（区司法局）");
        });
        Assert.Equal("archived", State());
        _browser.Wait(d => d.FindElements(By.CssSelector("#diagram svg")).Count > 0);
        _browser.Screenshot("04-archived");
        // 11 actions plus the 智能预审 of the submitted and of the revised text.
        Assert.Equal(13, _browser.Driver.FindElements(By.CssSelector("#timeline tbody tr")).Count);
        Assert.Contains("第五条自设收费", _browser.Text("#timeline"));
    }

    [BrowserFact]
    public async Task AgreementGoesThroughOneSupplementRound()
    {
        // The new-case page refuses a submission without its required materials; the API still takes one, so 补正 has work.
        var id = await ReviewEngineApp.SubmitAsync(await _server.App.ClientAsAsync("lb-drafter"), "ADMIN_AGREEMENT", "罗埠镇招商引资项目投资协议",
            ["contractText", "draftingNote", "legalBasis"]);

        _browser.LoginAs("lb-registrar");
        _browser.OpenCase(id);
        Assert.Contains("对方主体资格资料", _browser.Text("#disabled-accept"));
        _browser.Act("requestSupplement");
        Assert.Equal("supplement", State());

        _browser.LoginAs("lb-drafter");
        _browser.OpenCase(id);
        _browser.Act("submitSupplement", b =>
        {
            // The registrar's checklist (prefilled with the missing material) gives one upload per item.
            b.Upload("supplement-file-counterpartyInfo", File("counterparty.txt", "营业执照"));
        });
        Assert.Equal("registration", State());

        _browser.LoginAs("lb-registrar");
        _browser.OpenCase(id);
        _browser.Act("accept");
        Assert.Equal("townshipReview", State());
        Assert.Contains("剩余", _browser.Text("#case-due"));
        _browser.Screenshot("05-agreement-accepted");
    }

    [BrowserTheory]
    [InlineData("/Account/Login", null)]
    [InlineData("/", "lb-drafter")]
    [InlineData("/Cases/New", "lb-drafter")]
    [InlineData("/Cases/Search", "lb-drafter")]
    [InlineData("/Notifications", "lb-drafter")]
    [InlineData("/Statistics", "lb-drafter")]
    [InlineData("/Normative", "lb-drafter")]
    [InlineData("/Supervision", "wc-district")]
    [InlineData("/Admin/Webhooks", "wc-admin")]
    public void PagesHaveNoSeriousAccessibilityViolations(string path, string? user)
    {
        if (user is not null)
        {
            _browser.LoginAs(user);
        }

        _browser.Go(path);

        Assert.Empty(_browser.SeriousAccessibilityViolations());
    }

    [BrowserFact]
    public void CasePageHasNoSeriousAccessibilityViolations()
    {
        var id = Submit("NORMATIVE_DOC", "无障碍检查", ("draft", "正文"), ("draftingNote", "起草说明"), ("legalBasis", "依据"), ("publicComment", "征求意见"));
        _browser.OpenCase(id);
        _browser.Wait(d => d.FindElements(By.CssSelector("#diagram svg")).Count > 0);

        Assert.Empty(_browser.SeriousAccessibilityViolations());
    }

    public void Dispose()
    {
        _browser.Dispose();
        Directory.Delete(_files, true);
    }
}
