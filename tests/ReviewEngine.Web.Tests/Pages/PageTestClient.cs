using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using ReviewEngine.Web.Hosting;

namespace ReviewEngine.Web.Tests.Pages;

/// <summary>A browser-less user of the pages: cookie login, antiforgery tokens read from the rendered forms.</summary>
internal sealed class PageTestClient
{
    private readonly HttpClient _client;

    private PageTestClient(HttpClient client) => _client = client;

    public static async Task<PageTestClient> LoginAsync(ReviewEngineApp app, string userId)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = new PageTestClient(client);
        var login = await page.GetDocumentAsync("/Account/Login");
        var response = await page.PostFormAsync("/Account/Login", login, new() { ["UserName"] = userId, ["Password"] = HostingExtensions.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return page;
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public Task<HttpResponseMessage> GetAsync(string url) => _client.GetAsync(url);

    public Task<HttpResponseMessage> PostJsonAsync(string url, object body) => _client.PostAsJsonAsync(url, body);

    public static string Token(IHtmlDocument document) =>
        document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? throw new InvalidOperationException("no antiforgery token on the page");

    public Task<HttpResponseMessage> PostFormAsync(string url, IHtmlDocument page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = Token(page);
        return _client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public Task<HttpResponseMessage> PostMultipartAsync(string url, IHtmlDocument page, Dictionary<string, string> fields, params (string Name, string FileName, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent();
        fields["__RequestVerificationToken"] = Token(page);
        foreach (var (k, v) in fields)
        {
            content.Add(new StringContent(v), k);
        }

        foreach (var (name, fileName, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), name, fileName);
        }

        return _client.PostAsync(url, content);
    }
}
