using System.Text.RegularExpressions;
using ReviewEngine.Domain.PreReview.Rules;
using ReviewEngine.Domain.PreReview.Text;

namespace ReviewEngine.Domain.PreReview.Evaluation;

/// <summary>Regex hits per unit: any-of, all-of, and exclusions in the unit or in the enclosing clause.</summary>
internal static class PatternDetector
{
    public static IEnumerable<Hit> Evaluate(Detector d, AnalysisContext ctx) => d.Unit switch
    {
        DetectorUnit.Clause => CouldMatch(d, ctx.Text) ? Clauses(d, ctx) : [],
        DetectorUnit.Sentence => CouldMatch(d, ctx.Text) ? Sentences(d, ctx) : [],
        DetectorUnit.Title => ctx.TitleCandidates.Any(t => Matches(d, t)) ? [TitleHit(ctx)] : [],
        DetectorUnit.Document => Document(d, ctx),
        DetectorUnit.Issuer => Issuer(d, ctx).Take(1),
        _ => AgencyParties(d, ctx).Take(1),
    };

    public static bool Matches(Detector d, string text) =>
        (d.Any.Count == 0 || d.Any.Any(r => r.IsMatch(text)))
        && d.All.All(r => r.IsMatch(text))
        && !d.Unless.Any(r => r.IsMatch(text));

    public static bool AnyMatch(IReadOnlyList<Regex> patterns, string text) => patterns.Any(r => r.IsMatch(text));

    public static Hit TitleHit(AnalysisContext ctx) => ctx.TitleClause is { } title
        ? new Hit(Clause.TitleLabel, title.Start, title.End, title.Text)
        : new Hit(Clause.TitleLabel, 0, 0, ctx.Input.Title);

    // Cheap whole-document test first: most patterns match nowhere, so most clause loops are skipped.
    private static bool CouldMatch(Detector d, string text) =>
        (d.Any.Count == 0 || d.Any.Any(r => r.IsMatch(text))) && d.All.All(r => r.IsMatch(text));

    private static IEnumerable<Hit> Clauses(Detector d, AnalysisContext ctx)
    {
        foreach (var clause in ctx.BodyClauses)
        {
            if (Matches(d, clause.Text) && !AnyMatch(d.UnlessClause, clause.Text))
            {
                var sentence = ctx.SentenceAt(clause, clause.Start + FirstIndex(d, clause.Text));
                yield return new Hit(clause.Label, sentence.Start, sentence.End, sentence.Text.Trim());
            }
        }
    }

    private static IEnumerable<Hit> Sentences(Detector d, AnalysisContext ctx)
    {
        foreach (var sentence in ctx.Sentences)
        {
            if (Matches(d, sentence.Text) && !AnyMatch(d.UnlessClause, sentence.Clause.Text))
            {
                yield return new Hit(sentence.Clause.Label, sentence.Start, sentence.End, sentence.Text.Trim());
            }
        }
    }

    private static IEnumerable<Hit> Document(Detector d, AnalysisContext ctx)
    {
        if (!Matches(d, ctx.Text))
        {
            yield break;
        }
        var index = FirstIndex(d, ctx.Text);
        var clause = ctx.Clauses.FirstOrDefault(c => c.Start <= index && index < c.End);
        yield return clause is null
            ? new Hit(Clause.WholeDocumentLabel, 0, 0, string.Empty)
            : new Hit(Clause.WholeDocumentLabel, clause.Start, clause.End, clause.Text);
    }

    private static IEnumerable<Hit> Issuer(Detector d, AnalysisContext ctx)
    {
        foreach (var (name, label) in ctx.Facts.Issuers.Where(i => Matches(d, i.Name)))
        {
            var clause = label switch
            {
                Clause.SignatureLabel => ctx.Clauses.LastOrDefault(c => c.Role == ClauseRole.Signature),
                Clause.TitleLabel => ctx.TitleClause,
                _ => null,
            };
            yield return clause is null ? new Hit(label, 0, 0, name) : new Hit(label, clause.Start, clause.End, clause.Text);
        }
    }

    private static IEnumerable<Hit> AgencyParties(Detector d, AnalysisContext ctx)
    {
        var partiesClause = ctx.Clauses.FirstOrDefault(c => c.Role == ClauseRole.Parties);
        foreach (var party in ctx.Facts.Parties.Where(p => p.IsAgency && Matches(d, p.Name)))
        {
            yield return party.Role == Clause.MetaLabel || partiesClause is null
                ? new Hit(Clause.MetaLabel, 0, 0, party.Name)
                : new Hit(Clause.PartiesLabel, partiesClause.Start, partiesClause.End, party.Role + "：" + party.Name);
        }
    }

    private static int FirstIndex(Detector d, string text)
    {
        var match = d.Any.Concat(d.All).Select(r => r.Match(text)).Where(m => m.Success).OrderBy(m => m.Index).FirstOrDefault();
        return match?.Index ?? 0;
    }
}
