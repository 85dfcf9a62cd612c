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
        CommentDays = _facts.Where(f => CommentKey().IsMatch(f.Key)).Select(f => CommentPeriod(f.Value)).FirstOrDefault(d => d is not null);
        FairCompetitionReview = _facts.Where(f => FairCompetitionKey().IsMatch(f.Key) || FairCompetitionKey().IsMatch(f.Value))
            .Select(f => ReviewHeld(f.Value)).FirstOrDefault(r => r is not null)
            ?? (meta.Attachments?.Any(a => FairCompetitionKey().IsMatch(a)) == true ? true : null);
    }

    /// <summary>
    /// Whether the file says the 公平竞争审查 was carried out, when the form's field is empty (公平竞争审查：未开展 →
    /// false; 已开展，结论为符合 or a 公平竞争审查表 among the materials → true). 不涉及 is the drafter's own view that the
    /// document does not affect competition: it says nothing about a review, so it stays unknown.
    /// </summary>
    public bool? FairCompetitionReview { get; }

    private static bool? ReviewHeld(string value) =>
        NotReviewed().IsMatch(value) ? false : Reviewed().IsMatch(value) ? true : null;

    /// <summary>
    /// The public-comment period the file states when the form left the field empty (征求意见期：2026-05-20至2026-06-19;
    /// 公开征求意见：30日; 未开展): calendar days, both ends counted; working days as 7/5 calendar days.
    /// </summary>
    public int? CommentDays { get; }

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

    private static int? CommentPeriod(string value)
    {
        if (NotHeld().IsMatch(value))
        {
            return 0;
        }
        var range = DateRange().Match(value);
        if (range.Success && Text.FactDates.Parse(range.Groups["from"].Value) is { } from && Text.FactDates.Parse(range.Groups["to"].Value) is { } to && to >= from)
        {
            return to.DayNumber - from.DayNumber + 1;
        }
        var days = Days().Matches(value).LastOrDefault() ?? Match.Empty;
        return days.Success && Text.ChineseNumber.TryParse(days.Groups["n"].Value, out var n)
            ? days.Groups["work"].Success ? n * 7 / 5 : n
            : null;
    }

    [GeneratedRegex(@"公平竞争")]
    private static partial Regex FairCompetitionKey();

    // A bare 否/无/未 answers "was it held?"; 未发现排除、限制竞争情形 is the conclusion of a review that was held.
    [GeneratedRegex(@"^\s*(否|无|没有|未|尚未|缺)\s*$|^\s*(否|无|没有|尚未|缺)(?!发现|违反|排除|限制)|(未|没有|尚未|不曾)(开展|进行|做|组织|实施|履行|提供|附|提交)")]
    private static partial Regex NotReviewed();

    [GeneratedRegex(@"^\s*(是|有)\s*$|已(开展|进行|完成|审查|做|组织|实施|履行|附)|符合|通过|经审查|审查结论|出具[^，。；]{0,6}(意见|结论)|(未发现|不存在|没有发现|未见)[^，。；]{0,6}(排除|限制|违反|妨碍)")]
    private static partial Regex Reviewed();

    [GeneratedRegex(@"征求意见|意见征求|公开征求|征求公众意见")]
    private static partial Regex CommentKey();

    [GeneratedRegex(@"^(未|没有|无|尚未|不)(开展|征求|公开)?|仅[^，。；]{0,12}内部")]
    private static partial Regex NotHeld();

    [GeneratedRegex(@"(?<from>\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?)\s*(至|到|—|－|-|~|～)\s*(?<to>\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?)")]
    private static partial Regex DateRange();

    // A period, not a date: 30日, 三十天, 二十个工作日 — never the day of a month (5月8日).
    [GeneratedRegex(@"(?<![月\d一二三四五六七八九十])(?<n>[\d一二三四五六七八九十百两]+)\s*((?<work>个?工作日)|日|天)")]
    private static partial Regex Days();

    [GeneratedRegex(@"^(已|有|齐全|具备|附|是|取得|完成|经)(?!.*(未|尚未|没有|不齐))")]
    private static partial Regex Present();

    [GeneratedRegex(@"^(无|没有|未|尚未|缺|不具备|不齐|否|待|暂无|另行)")]
    private static partial Regex Absent();
}
