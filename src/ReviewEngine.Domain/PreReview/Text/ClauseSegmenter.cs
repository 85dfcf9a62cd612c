using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Text;

/// <summary>
/// Splits a document into clauses. The first numbering style met (第X条, 一、, （一）, 1.) is the top level;
/// deeper styles become sub-items labelled under their article (三（一）). Lines before the first article are the
/// title, party lines, recitals (鉴于) or preamble; short agency-name or date lines after the last article are the
/// signature (落款).
/// </summary>
public static partial class ClauseSegmenter
{
    [GeneratedRegex(@"^\s*(" + PartyParser.Roles + @")\s*([（(][^）)]*[）)])?\s*[：:]")]
    private static partial Regex PartyLineRegex();

    [GeneratedRegex(@"^[^，。；、：]{2,30}(人民政府|办事处|街道|镇|乡|局|委员会|领导小组|指挥部|专班|办公室|中心|（盖章）|\(盖章\))$")]
    private static partial Regex SignatureNameRegex();

    public static IReadOnlyList<Clause> Segment(string text)
    {
        var builder = new SegmentBuilder(text, TopKind(text));
        var offset = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            builder.AddLine(rawLine.TrimEnd('\r'), offset);
            offset += rawLine.Length + 1;
        }
        return builder.Build();
    }

    internal static bool IsPartyLine(string line) => PartyLineRegex().IsMatch(line);

    internal static bool IsSignatureLine(string line) =>
        line.Length <= 40 && (ChineseDate.IsDateLine(line) || SignatureNameRegex().IsMatch(line.Trim()));

    private static ClauseMarker.Kind TopKind(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var kind = ClauseMarker.Match(line).Kind;
            if (kind is not ClauseMarker.Kind.None and not ClauseMarker.Kind.Chapter)
            {
                return kind;
            }
        }
        return ClauseMarker.Kind.None;
    }
}
