using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview;

/// <summary>
/// What the reviewer knows from the case file besides the text: the attachment list and the form's free facts
/// ("委托文件": "无", "起草说明": "齐全", "收回批准文件": "尚未取得"). A fact whose value says the thing is there counts as
/// a material; one whose value says it is not is an explicit absence, stronger than a list that merely omits it.
/// </summary>
public sealed partial class FileFacts
{
    private readonly IReadOnlyList<(string Key, string Value)> _facts;

    public FileFacts(PreReviewMeta meta)
    {
        _facts = meta.Facts is null ? [] : meta.Facts.Select(kv => (kv.Key.Trim(), kv.Value.Trim())).ToList();
        ListKnown = meta.Attachments is not null;
        var present = _facts.Where(f => Present().IsMatch(f.Value)).Select(f => f.Key);
        Materials = [.. meta.Attachments ?? [], .. present];
        Lines = _facts.Select(f => $"{f.Key}：{f.Value}").ToList();
    }

    /// <summary>True when the form listed its attachments (an empty list says none were attached).</summary>
    public bool ListKnown { get; }

    /// <summary>Attachment names and the facts that say a document is there.</summary>
    public IReadOnlyList<string> Materials { get; }

    /// <summary>Each fact as "key：value", for patterns about the file.</summary>
    public IReadOnlyList<string> Lines { get; }

    public bool HasMaterial(IReadOnlyList<Regex> names) => Materials.Any(m => names.Any(r => r.IsMatch(m)));

    /// <summary>A fact names the document and says it is not there (委托文件：无; 收回批准文件：尚未取得).</summary>
    public string? StatedAbsent(IReadOnlyList<Regex> names) =>
        _facts.Where(f => names.Any(r => r.IsMatch(f.Key)) && Absent().IsMatch(f.Value)).Select(f => $"{f.Key}：{f.Value}").FirstOrDefault();

    /// <summary>The first fact line that any pattern matches.</summary>
    public string? Stated(IReadOnlyList<Regex> patterns) => Lines.FirstOrDefault(l => patterns.Any(r => r.IsMatch(l)));

    [GeneratedRegex(@"^(已|有|齐全|具备|附|是|取得|完成|经)(?!.*(未|尚未|没有|不齐))")]
    private static partial Regex Present();

    [GeneratedRegex(@"^(无|没有|未|尚未|缺|不具备|不齐|否|待|暂无|另行)")]
    private static partial Regex Absent();
}
