using System.Text.RegularExpressions;
using ReviewEngine.Domain.PreReview.Rules;
using ReviewEngine.Domain.PreReview.Text;

namespace ReviewEngine.Domain.PreReview;

/// <summary>Infers 成文日期, 施行日期, 有效期, issuer, parties, subtype and nature; the form wins where it has a value.</summary>
internal static partial class FactsBuilder
{
    [GeneratedRegex(@"自\s*(?<date>" + ChineseDate.Pattern + @")\s*起\s*(施行|试行|执行|实施|生效)")]
    private static partial Regex EffectiveDateRegex();

    [GeneratedRegex(@"自\s*(印发|发布|公布|颁布|签发|下发)之日起\s*(施行|试行|执行|实施|生效)")]
    private static partial Regex EffectiveOnIssueRegex();

    // 有效期 is the usual wording; 施行期限/试行期 and "起施行，至…止" say the same thing.
    private const string ValidityKeyword = @"(有效期|(施行|试行|执行|实施)期)(限)?";

    // Also an end date (2029年6月30日废止, 有效至…, 执行至2028年…), a trial period in years (试行两年) and a document for
    // one year only (适用于2026年度).
    [GeneratedRegex(ValidityKeyword + @"|有效至|(执行|实施|施行|适用)(期限)?(至|到)\s*\d{4}\s*年|(仅)?适用于\s*\d{4}\s*年度|起\s*(施行|试行|执行|实施)[^。；]{0,4}(至|到)[^。；]{0,20}止|(\d+|[一二三四五六七八九十两]+)\s*(个)?年(后|期满)[^。；]{0,4}(自动)?(失效|废止|停止执行)|" + ChineseDate.Pattern + @"\s*(起)?(自动)?(失效|废止|停止执行|终止执行)|(试行|暂行)\s*(\d+|[一二三四五六七八九十两]+)\s*(个)?年")]
    private static partial Regex ValidityStatedRegex();

    // The number is a count of years, not the year of a date (执行期限为2026年9月15日至…).
    [GeneratedRegex(ValidityKeyword + @"(为|是)?\s*(?<![\d〇○零一二三四五六七八九十两])(?<n>\d{1,2}|[一二三四五六七八九十两]+)\s*(个)?年(?!\s*\d{1,2}\s*月|度)|(?<n>\d+|[一二三四五六七八九十两]+)\s*(个)?年(后|期满)[^。；]{0,4}(自动)?(失效|废止|停止执行)|(试行|暂行)\s*(?<n>\d+|[一二三四五六七八九十两]+)\s*(个)?年")]
    private static partial Regex ValidityYearsRegex();

    // A time-limited campaign or event states its own period (整治时间：2026年1月1日至6月30日; 于2026年3月1日至6月10日开展…
    // 行动; 自发布之日起至集市结束时止有效): the notice has no effect beyond it.
    [GeneratedRegex(@"(整治|行动|活动|集市|展销|专项|攻坚|检查|排查|免疫)(时间|期限|期间|时段)\s*[:：为是]?\s*(自\s*)?" + ChineseDate.Pattern + @"\s*(起\s*)?(至|到|—|－|-|～)|于\s*" + ChineseDate.Pattern + @"\s*(至|到)[^。；]{0,16}(开展|举办|实施|进行|组织)|起[^。；]{0,6}(至|到)[^。；]{0,30}(结束|届满|期满)[^。；]{0,6}(止|为止)?\s*有效")]
    private static partial Regex EventPeriodRegex();

    [GeneratedRegex("(" + ValidityKeyword + @"[^。；]{0,20}|有效|起\s*(施行|试行|执行|实施)[^。；]{0,4})(至|到)\s*(?<date>" + ChineseDate.Pattern + ")|(?<date>" + ChineseDate.Pattern + @")\s*(起)?(自动)?(失效|废止|停止执行|终止执行)")]
    private static partial Regex ValidUntilRegex();

    [GeneratedRegex(@"^《?(?<issuer>[^《》]{2,40}?)关于")]
    private static partial Regex TitleIssuerRegex();

    public static DocumentFacts Build(PreReviewInput input, IReadOnlyList<Clause> clauses, RuleSet rules)
    {
        var drafted = input.Meta.DraftedOn ?? SignatureDate(clauses);
        var (effective, onIssue, effectiveClause) = Effective(input.Meta, clauses);
        var (stated, until, years, validityClause) = Validity(clauses);
        var start = effective ?? (onIssue ? drafted : null);
        if (years is null && until is { } end && start is { } begin)
        {
            years = Math.Round((end.DayNumber - begin.DayNumber) / 365.25m, 2);
        }
        var parties = Parties(input, clauses, rules);
        var (subtype, nature) = ContractClassifier.Classify(input, clauses, rules);
        return new DocumentFacts
        {
            DraftedOn = drafted,
            EffectiveOn = effective ?? (onIssue ? drafted : null),
            EffectiveOnIssue = onIssue,
            EffectiveClause = effectiveClause,
            ValidityStated = stated,
            ValidityYears = years,
            ValidityClause = validityClause,
            Issuers = Issuers(input, clauses),
            Parties = parties,
            LeadAgency = parties.FirstOrDefault(p => p.IsAgency),
            Subtype = subtype,
            Nature = nature,
        };
    }

    private static DateOnly? SignatureDate(IReadOnlyList<Clause> clauses)
    {
        var signature = clauses.LastOrDefault(c => c.Role == ClauseRole.Signature);
        return signature is not null && ChineseDate.TryFind(signature.Text, out var date) ? date : null;
    }

    private static (DateOnly?, bool, Clause?) Effective(PreReviewMeta meta, IReadOnlyList<Clause> clauses)
    {
        foreach (var clause in clauses.Where(c => c.Role == ClauseRole.Article))
        {
            var dated = EffectiveDateRegex().Match(clause.Text);
            if (dated.Success && ChineseDate.TryFind(dated.Groups["date"].Value, out var date))
            {
                return (meta.EffectiveOn ?? date, false, clause);
            }
            if (EffectiveOnIssueRegex().IsMatch(clause.Text))
            {
                // The text is what is published: 自公布之日起施行 takes effect on publication whatever date the form
                // planned, so the adaptation-period question stands.
                return (meta.EffectiveOn, true, clause);
            }
        }
        return (meta.EffectiveOn, false, null);
    }

    private static (bool, DateOnly?, decimal?, Clause?) Validity(IReadOnlyList<Clause> clauses)
    {
        foreach (var clause in clauses.Where(c => c.Role == ClauseRole.Article && ValidityStatedRegex().IsMatch(c.Text)))
        {
            var years = ValidityYearsRegex().Match(clause.Text);
            if (years.Success && ChineseNumber.TryParse(years.Groups["n"].Value, out var n))
            {
                return (true, null, n, clause);
            }
            var until = ValidUntilRegex().Match(clause.Text);
            if (until.Success && ChineseDate.TryFind(until.Groups["date"].Value, out var date))
            {
                return (true, date, null, clause);
            }
            return (true, null, null, clause);
        }
        var period = clauses.FirstOrDefault(c => c.Role is ClauseRole.Article or ClauseRole.Preamble && EventPeriodRegex().IsMatch(c.Text));
        return period is null ? (false, null, null, null) : (true, null, null, period);
    }

    private static List<(string, string)> Issuers(PreReviewInput input, IReadOnlyList<Clause> clauses)
    {
        var issuers = new List<(string, string)>();
        foreach (var signature in clauses.Where(c => c.Role == ClauseRole.Signature))
        {
            issuers.AddRange(signature.Text.Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Length > 0 && !ChineseDate.IsDateLine(line))
                .Select(line => (line, Clause.SignatureLabel)));
        }
        var titles = new[] { clauses.FirstOrDefault(c => c.Role == ClauseRole.Title)?.Text, input.Title };
        foreach (var title in titles.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            var fromTitle = TitleIssuerRegex().Match(title!.Trim());
            if (fromTitle.Success && !issuers.Contains((fromTitle.Groups["issuer"].Value, Clause.TitleLabel)))
            {
                issuers.Add((fromTitle.Groups["issuer"].Value, Clause.TitleLabel));
            }
        }
        if (!string.IsNullOrWhiteSpace(input.Meta.Issuer))
        {
            issuers.Add((input.Meta.Issuer.Trim(), Clause.MetaLabel));
        }
        return issuers;
    }

    private static IReadOnlyList<Party> Parties(PreReviewInput input, IReadOnlyList<Clause> clauses, RuleSet rules)
    {
        var partiesText = string.Join(" ", clauses.Where(c => c.Role == ClauseRole.Parties).Select(c => c.Text));
        var agency = rules.AgencyParty ?? new Regex("(?!)");
        var parties = PartyParser.Parse(partiesText, agency, input.Meta.Issuer).ToList();
        if (!parties.Any(p => p.IsAgency) && !string.IsNullOrWhiteSpace(input.Meta.Issuer))
        {
            parties.Add(new Party(Clause.MetaLabel, input.Meta.Issuer.Trim(), true));
        }
        return parties;
    }
}
