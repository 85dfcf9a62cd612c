using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace ReviewEngine.Web.Tests.Pages;

/// <summary>Issue 16 item 2 on the case page: the lead sees the letter before approving, with its SHA-256, and the
/// approval that carries that hash issues exactly that letter.</summary>
public sealed class OpinionLetterPreviewTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public OpinionLetterPreviewTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task TheLeadPreviewsTheLetterAndApprovesThatVeryLetter()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var reviewer = await _app.ClientAsAsync("lb-reviewer");
        var lead = await _app.ClientAsAsync("lb-lead");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "罗埠镇预览测试管理办法", ReviewEngineApp.NormativeMaterials);
        foreach (var (client, body) in new (HttpClient, object)[]
        {
            (await _app.ClientAsAsync("lb-registrar"), new { actionId = "accept" }),
            (reviewer, new { actionId = "requestLawyerOpinion" }),
            (await _app.ClientAsAsync("lb-lawyer"), new { actionId = "submitLawyerOpinion", comment = "书面法律意见" }),
            (reviewer, new { actionId = "draftOpinion", comment = "审查意见", conclusion = "合法" }),
        })
        {
            var r = await ReviewEngineApp.ActAsync(client, id, body);
            Assert.True(r.StatusCode == HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        }

        var page = await lead.GetStringAsync($"/Cases/Details/{id}");
        var sha = Regex.Match(page, "id=\"letter-preview-sha\">([0-9a-f]{64})<").Groups[1].Value;
        Assert.Matches("^[0-9a-f]{64}$", sha);
        Assert.Contains($"name=\"Form.PreviewSha256\" value=\"{sha}\"", page);

        var preview = await lead.GetAsync($"/Cases/Details/{id}?handler=LetterPreview");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var bytes = await preview.Content.ReadAsByteArrayAsync();
        Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(sha, preview.Headers.GetValues("X-Document-Sha256").Single());

        var wrong = await ReviewEngineApp.ActAsync(lead, id, new { actionId = "approveOpinion", previewSha256 = new string('0', 64) });
        Assert.NotEqual(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("请重新预览审查意见书", await wrong.Content.ReadAsStringAsync());

        var approved = await ReviewEngineApp.ActAsync(lead, id, new { actionId = "approveOpinion", previewSha256 = sha });
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        var letter = (await ReviewEngineApp.GetCaseAsync(lead, id)).GetRawText();
        Assert.Contains(sha, letter);
    }
}
