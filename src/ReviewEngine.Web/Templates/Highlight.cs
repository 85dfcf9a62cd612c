using System.Net;

namespace ReviewEngine.Web.Templates;

/// <summary>Search fragments mark matches with 【】; the page shows them as &lt;mark&gt; after encoding everything else.</summary>
public static class Highlight
{
    public static string ToMark(string fragment) =>
        WebUtility.HtmlEncode(fragment).Replace("【", "<mark>", StringComparison.Ordinal).Replace("】", "</mark>", StringComparison.Ordinal);
}
