using System.Text;
using System.Text.Json.Nodes;
using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.Security;

public static partial class SecurityChecks
{
    /// <summary>L5: no macro or remote-template packages; stored and downloaded names carry no folders or control characters.</summary>
    public static async Task UploadsAsync(Tally tally, ApiClient drafter)
    {
        var (macro, macroBody) = await SubmitWithDraftAsync(drafter, "宏文档", "送审稿.docx", Docx.WithMacros("送审稿"));
        tally.Check("L5 uploads", "a .docx carrying a VBA project is refused (400, says 宏)", macro == 400 && Detail(macroBody).Contains('宏'), $"{macro} {Detail(macroBody)}");

        var (remote, remoteBody) = await SubmitWithDraftAsync(drafter, "远程模板", "送审稿.docx", Docx.WithRemoteTemplate("送审稿", "http://203.0.113.9/t.dotm"));
        tally.Check("L5 uploads", "a .docx with a remote template is refused (400, names the address)", remote == 400 && Detail(remoteBody).Contains("203.0.113.9"),
            $"{remote} {Detail(remoteBody)}");

        var (ok, okBody) = await SubmitWithDraftAsync(drafter, "路径文件名", "..\\..\\C:\\temp\\送审\u202E稿\u0007.docx", Docx.Valid("送审稿"));
        var id = okBody?["id"]?.ToString();
        var (_, view) = id is null ? (0, null) : await drafter.GetAsync($"/api/cases/{id}");
        var document = view?["documents"]?.AsArray().FirstOrDefault(d => d?["materialId"]?.ToString() == "draft");
        var stored = document?["fileName"]?.ToString();
        tally.Check("L5 uploads", "a name with folders, backslashes, a right-to-left override and a bell is stored as 送审稿.docx",
            ok == 201 && stored == "送审稿.docx", $"{ok} stored {stored}");

        using var download = await drafter.Http.SendAsync(drafter.Request(HttpMethod.Get, $"/api/cases/{id}/documents/{document?["id"]}"));
        var disposition = download.Content.Headers.ContentDisposition;
        tally.Check("L5 uploads", "the download is an attachment named 送审稿.docx",
            disposition?.DispositionType == "attachment" && (disposition.FileNameStar ?? disposition.FileName?.Trim('"')) == "送审稿.docx", $"{disposition}");
    }

    private static Task<(int Status, JsonNode? Body)> SubmitWithDraftAsync(ApiClient drafter, string title, string fileName, byte[] draft)
    {
        static JsonObject Text(string material) =>
            new() { ["fileName"] = material + ".txt", ["base64"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(material + " 正文")), ["materialId"] = material };

        var documents = new JsonArray(
            new JsonObject { ["fileName"] = fileName, ["base64"] = Convert.ToBase64String(draft), ["materialId"] = "draft" },
            Text("draftingNote"), Text("legalBasis"), Text("publicComment"));
        return drafter.PostAsync("/api/cases", new JsonObject { ["kind"] = "NORMATIVE_DOC", ["title"] = title, ["documents"] = documents });
    }
}
