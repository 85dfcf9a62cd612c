using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using ReviewEngine.Domain.PreReview.Rules;
using ReviewEngine.Domain.PreReview.Text;

namespace ReviewEngine.Domain.PreReview.Evaluation;

/// <summary>Sentence-level detectors beyond plain patterns: numeric thresholds, repealed laws, allow-lists.</summary>
internal static class TextDetectors
{
    private static readonly ConcurrentDictionary<string, Regex> LawPatterns = new();

    public static IEnumerable<Hit> Threshold(Detector d, AnalysisContext ctx)
    {
        if (d.Number is null || !ctx.IsMatch(d.Number, ctx.Text))
        {
            yield break;
        }
        var floors = d.MinFromFact is null ? null : FactFigures(d, ctx);
        if (floors is { Count: 0 })
        {
            yield break;
        }
        // The subject may sit in an earlier sentence of the clause (出租的，…一般不超过十年；确有需要的，…最长可至三十年).
        foreach (var sentence in ctx.Sentences.Where(s => Eligible(d, s, s.Clause.Text)))
        {
            foreach (Match match in d.Number.Matches(sentence.Text))
            {
                if ((SpanYears(match) ?? (ChineseNumber.TryParse(match.Groups["n"].Value, out var parsed) ? parsed : null)) is not { } raw)
                {
                    continue;
                }
                // Working days run about 7/5 as long as calendar days.
                var n = match.Value.Contains("工作日") ? raw * 7m / 5m : raw;
                if ((d.Max is { } max && n > max) || (d.Min is { } min && n < min) || BelowFact(floors, match, n))
                {
                    yield return new Hit(sentence.Clause.Label, sentence.Start, sentence.End, sentence.Text.Trim(), $"（文中为“{match.Value}”。）");
                    break;
                }
            }
        }
    }

    // A term written as a date range (租赁期限自2027年1月1日起至2048年12月31日止) is measured in years between the dates.
    private static decimal? SpanYears(Match match)
    {
        if (!match.Groups["y1"].Success || !match.Groups["y2"].Success)
        {
            return null;
        }
        // Dates may be written in Chinese numerals (自二〇二六年七月一日起至二〇五一年六月三十日止).
        static int? Part(Match m, string group, int absent) =>
            !m.Groups[group].Success ? absent : ChineseNumber.TryParse(m.Groups[group].Value, out var value) ? value : null;
        static DateOnly? Date(Match m, string y, string mo, string d) =>
            Part(m, y, 0) is { } year and >= 1 and <= 9999 && Part(m, mo, 1) is { } month and >= 1 and <= 12
            && Part(m, d, 1) is { } day && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? new DateOnly(year, month, day)
                : null;
        return Date(match, "y1", "m1", "d1") is { } from && Date(match, "y2", "m2", "d2") is { } to && to > from
            ? Math.Round((to.DayNumber - from.DayNumber) / 365.2425m, 1)
            : null;
    }

    // The approved figures in the file's fact, by item (主房 → 1800) or under "" when the fact names one figure only.
    private static Dictionary<string, decimal> FactFigures(Detector d, AnalysisContext ctx)
    {
        var figures = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var line in ctx.File.Lines.Where(l => d.MinFromFact!.IsMatch(l[..Math.Max(0, l.IndexOf('：'))])))
        {
            foreach (Match m in d.Number!.Matches(line))
            {
                if (ChineseNumber.TryParse(m.Groups["n"].Value, out var value))
                {
                    figures[m.Groups["k"].Success ? m.Groups["k"].Value : string.Empty] = value;
                }
            }
        }
        if (figures.Count == 1 && !figures.ContainsKey(string.Empty))
        {
            figures[string.Empty] = figures.Values.Single();
        }
        return figures;
    }

    private static bool BelowFact(Dictionary<string, decimal>? floors, Match match, decimal n)
    {
        if (floors is null)
        {
            return false;
        }
        var item = match.Groups["k"].Success ? match.Groups["k"].Value : string.Empty;
        return (floors.TryGetValue(item, out var floor) || (floors.Count == 1 && floors.TryGetValue(string.Empty, out floor))) && n < floor;
    }

    public static IEnumerable<Hit> RepealedLaws(Detector d, AnalysisContext ctx)
    {
        if (ctx.Text.IndexOf('《') < 0)
        {
            yield break;
        }
        foreach (var law in d.Laws.Where(l => ctx.Facts.DraftedOn is not { } drafted || drafted >= l.RepealedOn))
        {
            var pattern = LawPatterns.GetOrAdd(law.Name, name => new Regex($"《(中华人民共和国)?{Regex.Escape(name)}》", RegexOptions.CultureInvariant));
            foreach (var sentence in ctx.Sentences.Where(s => pattern.IsMatch(s.Text) && Eligible(d, s)))
            {
                var repealed = law.RepealedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                yield return new Hit(sentence.Clause.Label, sentence.Start, sentence.End, sentence.Text.Trim(),
                    $"《{law.Name}》已于{repealed}废止，现行为{law.ReplacedBy}。", law.Basis?.ToString());
            }
        }
    }

    public static IEnumerable<Hit> AllowList(Detector d, AnalysisContext ctx)
    {
        var term = d.Term!;
        if (!ctx.Text.Contains(term, StringComparison.Ordinal))
        {
            yield break;
        }
        foreach (var sentence in ctx.Sentences.Where(s => s.Text.Contains(term, StringComparison.Ordinal) && Eligible(d, s)))
        {
            var unlisted = UnlistedOccurrence(sentence.Text, term, d.AllowedPrefixes, i => d.Reading.Accepts(ctx.ReadAct(sentence.Start + i, d.Reading.Actors is not null)));
            if (unlisted is not null)
            {
                yield return new Hit(sentence.Clause.Label, sentence.Start, sentence.End, sentence.Text.Trim(), $"（“{unlisted}”不在允许范围内。）");
            }
        }
    }

    // An occurrence that the text refuses or carves out (除履约保证金外，不收取其他保证金) is not a charge.
    private static string? UnlistedOccurrence(string text, string term, IReadOnlyList<string> allowed, Func<int, bool> charged)
    {
        for (var i = text.IndexOf(term, StringComparison.Ordinal); i >= 0; i = text.IndexOf(term, i + term.Length, StringComparison.Ordinal))
        {
            var before = text[Math.Max(0, i - 12)..i];
            if (i > 0 && !allowed.Any(p => before.EndsWith(p, StringComparison.Ordinal)) && charged(i))
            {
                return before.Length > 6 ? before[^6..] + term : before + term;
            }
        }
        return null;
    }

    // `any` is asked of the sentence, or of its clause when the subject may stand in an earlier sentence (thresholds).
    private static bool Eligible(Detector d, Sentence s, string? anyOn = null) =>
        (d.Any.Count == 0 || PatternDetector.AnyMatch(d.Any, anyOn ?? s.Text))
        && !PatternDetector.AnyMatch(d.Unless, s.Text)
        && !PatternDetector.AnyMatch(d.UnlessClause, s.Clause.Text);
}
