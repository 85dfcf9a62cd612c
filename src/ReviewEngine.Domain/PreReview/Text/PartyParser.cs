using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Text;

/// <summary>Reads 甲方：××镇人民政府 乙方：××公司 style party lines; the agency test comes from the rule files.</summary>
public static partial class PartyParser
{
    /// <summary>Role labels that open a party line; shared with the segmenter.</summary>
    internal const string Roles = "甲方|乙方|丙方|丁方|出租人|出租方|承租人|承租方|发包人|发包方|承包人|承包方|采购人|采购方|供应商|服务商|委托方|委托人|受托方|受托人|受托实施单位|协助实施单位|征收人|被征收人|转让方|受让方|出让人|受让人|投资方|合作方";

    [GeneratedRegex(@"(?<role>" + Roles + @")\s*(?<note>[（(][^）)]*[）)])?\s*[：:]")]
    private static partial Regex RoleRegex();

    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex NoteRegex();

    // A firm, a partnership or a sole trader is never the agency, whatever place name its own name carries
    // (××乡上坪水电站（个人合伙）, ××镇农机服务站有限公司).
    [GeneratedRegex(@"(有限公司|有限责任公司|股份公司|合伙|个人独资|个体工商户|经营部|商行|工作室|专业合作社)")]
    private static partial Regex BusinessRegex();

    public static string StripNotes(string name) => NoteRegex().Replace(name, string.Empty).Trim();

    public static IReadOnlyList<Party> Parse(string partiesText, Regex agencyName, string? issuer)
    {
        var matches = RoleRegex().Matches(partiesText);
        var parties = new List<Party>();
        for (var i = 0; i < matches.Count; i++)
        {
            var nameStart = matches[i].Index + matches[i].Length;
            var nameEnd = i + 1 < matches.Count ? matches[i + 1].Index : partiesText.Length;
            var name = partiesText[nameStart..nameEnd].Trim().TrimEnd('，', '；', ',', ';');
            if (name.Length == 0)
            {
                continue;
            }
            var role = matches[i].Groups["role"].Value + matches[i].Groups["note"].Value;
            var isAgency = (agencyName.IsMatch(StripNotes(name)) && !BusinessRegex().IsMatch(name))
                || (issuer is not null && StripNotes(name) == StripNotes(issuer));
            parties.Add(new Party(role, name, isAgency));
        }
        return parties;
    }
}
