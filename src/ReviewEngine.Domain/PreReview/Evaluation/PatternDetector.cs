using System.Text.RegularExpressions;
using ReviewEngine.Domain.PreReview.Reading;
using ReviewEngine.Domain.PreReview.Rules;
using ReviewEngine.Domain.PreReview.Text;

namespace ReviewEngine.Domain.PreReview.Evaluation;

/// <summary>Regex hits per unit: any-of, all-of, and exclusions in the unit or in the enclosing clause.</summary>
internal static class PatternDetector
{
    public static IEnumerable<Hit> Evaluate(Detector d, AnalysisContext ctx) => d.Unit switch
    {
        DetectorUnit.Clause => CouldMatch(d, ctx) ? Clauses(d, ctx) : [],
        DetectorUnit.Sentence => CouldMatch(d, ctx) ? Sentences(d, ctx) : [],
        DetectorUnit.Title => ctx.TitleCandidates.Any(t => Matches(d, t)) ? [TitleHit(ctx)] : [],
        DetectorUnit.Document => Document(d, ctx),
        DetectorUnit.Issuer => Issuer(d, ctx).Take(1),
        _ => AgencyParties(d, ctx).Take(1),
    };

    /// <summary>One of <paramref name="any"/> (when there are any) and all of <paramref name="all"/> match.</summary>
    public static bool AnyAndAll(IReadOnlyList<Regex> any, IReadOnlyList<Regex> all, Func<Regex, bool> isMatch) =>
        (any.Count == 0 || any.Any(isMatch)) && all.All(isMatch);

    public static bool Matches(Detector d, string text) => Matches(d, r => r.IsMatch(text));

    /// <summary><see cref="Matches(Detector, string)"/> for the document's text or a part of it (patterns the document
    /// cannot match are skipped).</summary>
    public static bool Matches(Detector d, string unit, AnalysisContext ctx) => Matches(d, r => ctx.IsMatch(r, unit));

    private static bool Matches(Detector d, Func<Regex, bool> isMatch) => AnyAndAll(d.Any, d.All, isMatch) && !d.Unless.Any(isMatch);

    public static bool AnyMatch(IReadOnlyList<Regex> patterns, string text) => patterns.Any(r => r.IsMatch(text));

    /// <summary>Any pattern matches the unit, a part of the document's text (patterns the document cannot match are skipped).</summary>
    public static bool AnyMatch(IReadOnlyList<Regex> patterns, string unit, AnalysisContext ctx) => patterns.Any(r => ctx.IsMatch(r, unit));

    public static Hit TitleHit(AnalysisContext ctx) => ctx.TitleClause is { } title
        ? new Hit(Clause.TitleLabel, title.Start, title.End, title.Text)
        : new Hit(Clause.TitleLabel, 0, 0, ctx.Input.Title);

    // The issuer named as the body a document empowers (本办法由××指挥部负责解释, issued by that 指挥部) is the issuer's
    // own standing, which the subject rule judges once; its tail (指挥部, 工作领导小组) is what the text repeats.
    private static readonly Regex AdHocShortName = new("(指挥部|领导小组|工作专班|专班|工作组|工作小组)$", RegexOptions.CultureInvariant);

    private static bool NamesIssuer(string text, AnalysisContext ctx)
    {
        var issuer = ctx.Input.Meta.Issuer is { } named ? PartyParser.StripNotes(named) : null;
        if (issuer is not { Length: >= 4 })
        {
            return false;
        }
        // The text repeats the issuer's tail (…防汛防台指挥部), or an ad hoc issuer names itself short: 蒋堂镇防汛防台指挥部
        // → 镇指挥部, 本指挥部.
        var names = new List<string> { issuer[^Math.Min(8, issuer.Length)..] };
        if (AdHocShortName.Match(issuer) is { Success: true } body)
        {
            names.AddRange(new[] { "本", "该", "镇", "乡", "街道", "区" }.Select(prefix => prefix + body.Value));
        }
        return names.Any(name => NamedAsBody(text, name));
    }

    // 领导小组办公室 is a body of its own (the group's office), not the issuer.
    private static bool NamedAsBody(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var next = at + name.Length < text.Length ? text[at + name.Length] : '。';
            if (next is not ('办' or '室' or '中' or '所' or '站' or '队' or '科' or '组' or '成'))
            {
                return true;
            }
        }
        return false;
    }

    // Cheap whole-document test first: most patterns match nowhere, so most clause loops are skipped.
    private static bool CouldMatch(Detector d, AnalysisContext ctx) => AnyAndAll(d.Any, d.All, r => ctx.IsMatch(r, ctx.Text));

    private static IEnumerable<Hit> Clauses(Detector d, AnalysisContext ctx)
    {
        foreach (var clause in ctx.BodyClauses)
        {
            if (d.All.All(r => ctx.IsMatch(r, clause.Text)) && !AnyMatch(d.Unless, clause.Text, ctx) && !AnyMatch(d.UnlessClause, clause.Text, ctx)
                && FirstAcceptedAct(d, clause.Text, clause.Start, ctx) is { } act)
            {
                var sentence = ctx.SentenceAt(clause, act.Index);
                yield return new Hit(clause.Label, sentence.Start, sentence.End, sentence.Text.Trim(), act.Detail, act.Basis);
            }
        }
    }

    private static IEnumerable<Hit> Sentences(Detector d, AnalysisContext ctx)
    {
        foreach (var sentence in ctx.Sentences)
        {
            if (d.All.All(r => ctx.IsMatch(r, sentence.Text)) && !AnyMatch(d.Unless, sentence.Text, ctx) && !AnyMatch(d.UnlessClause, sentence.Clause.Text, ctx)
                && !(d.UnlessIssuer && NamesIssuer(sentence.Text, ctx))
                && FirstAcceptedAct(d, sentence.Text, sentence.Start, ctx) is { } act)
            {
                yield return new Hit(sentence.Clause.Label, sentence.Start, sentence.End, sentence.Text.Trim(), act.Detail, act.Basis);
            }
        }
    }

    /// <summary>
    /// The absolute offset of the first act an <c>any</c> pattern names whose reading the detector accepts: the act
    /// (group <c>act</c>, else the match) is read in its sentence for polarity, actor, modality and references.
    /// A detector with only <c>all</c> patterns has no act to read and fires on the unit. A detector that names a
    /// matter of the authority table fires only when the acting body lacks the power (the detail says why).
    /// </summary>
    private static (int Index, string Detail, string? Basis)? FirstAcceptedAct(Detector d, string text, int offset, AnalysisContext ctx)
    {
        if (d.Any.Count == 0)
        {
            return (offset + FirstIndex(d, text), string.Empty, null);
        }
        foreach (var regex in d.Any.Where(ctx.MayMatch))
        {
            // A rejected match is retried one character on, not after its end: a wide gap such as [^。；]{0,25} can
            // swallow the act that would have been accepted (租赁期内，甲方不再将…出租给同类…).
            for (var m = regex.Match(text); m.Success; m = m.Index + 1 < text.Length ? regex.Match(text, m.Index + 1) : Match.Empty)
            {
                var act = m.Groups["act"] is { Success: true } group ? group.Index : m.Index;
                if (ctx.InRepealedReference(text, act) || (d.Reading.Polarity == Polarity.Negated && SpansIntoNewClause(text, act, m.Index + m.Length)))
                {
                    continue;
                }
                var reading = ctx.ReadAct(offset + act, d.Reading.Actors is not null || d.Authority is not null);
                // A named thing whose predicate follows and denies it (…地方财政贡献不挂钩, 税收返还不予约定).
                if ((!m.Groups["act"].Success && ReadingCues.DeniedAfter().IsMatch(text, m.Index + m.Length))
                    || ReadingCues.RefusedAfter().IsMatch(text, m.Index + m.Length))
                {
                    reading = reading with { Polarity = reading.Polarity == Polarity.Affirmed ? Polarity.Negated : Polarity.Affirmed };
                }
                if (d.Reading.Accepts(reading))
                {
                    if (d.Authority is not { } matter)
                    {
                        // The first accepted act decides: the unit fires once, so later patterns need not run.
                        return (offset + act, string.Empty, null);
                    }
                    if (AuthorityCheck.Lacks(matter, reading, text, ctx, ctx.Authority) is { } detail)
                    {
                        return (offset + act, detail, matter.BasisText);
                    }
                }
            }
        }
        return null;
    }

    /// <summary>
    /// A promise not to do something (polarity negated) denies a verb and its own object: when the words after the act
    /// run past a comma into a clause with a subject of its own (本协议不构成排他安排，甲方可以依法引进其他同类企业), what
    /// the pattern found there is that clause's, not the denied act's object — unless the act takes a clause as its
    /// object (甲方承诺，乙方…). Detectors of a done act keep such spans: they often join a condition to its
    /// consequence (街道可以终止合作，乙方不得主张补偿).
    /// </summary>
    private static bool SpansIntoNewClause(string text, int act, int end)
    {
        for (var comma = text.IndexOfAny(SegmentEnds, act); comma >= 0 && comma < end - 1; comma = text.IndexOfAny(SegmentEnds, comma + 1))
        {
            if (ReadingCues.NewSubject().IsMatch(text.AsSpan(comma + 1))
                && !ReadingCues.ClausalObject().IsMatch(text.AsSpan(act, comma - act)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly char[] SegmentEnds = ['，', ','];

    private static IEnumerable<Hit> Document(Detector d, AnalysisContext ctx)
    {
        if (!Matches(d, ctx.Text, ctx))
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
        // The name is tested without its notes (（受××区房屋征收办公室委托） names the entrusting body, not this one);
        // the exclusions see the notes (（经××授权）).
        foreach (var party in ctx.Facts.Parties.Where(p => p.IsAgency && Matches(d, p.BareName) && !AnyMatch(d.Unless, p.Name)))
        {
            // Signing the agreement is itself the matter's act (a 房屋征收补偿协议 is concluded by the 征收人): the
            // authority table decides whether this signer may conclude it.
            string? detail = null;
            if (d.Authority is { } matter)
            {
                // Only the party that concludes the agreement for the administration; a body that assists (丙方) does not.
                if (ctx.Facts.LeadAgency is { } lead && lead.Name != party.Name)
                {
                    continue;
                }
                var signing = new ClauseReading(Polarity.Affirmed, Modality.Statement, Actor.Agency, false, false, false);
                detail = AuthorityCheck.Lacks(matter, signing, party.Name, ctx, ctx.Authority);
                if (detail is null)
                {
                    continue;
                }
            }
            yield return party.Role == Clause.MetaLabel || partiesClause is null
                ? new Hit(Clause.MetaLabel, 0, 0, party.Name, detail ?? string.Empty, detail is null ? null : d.Authority!.BasisText)
                : new Hit(Clause.PartiesLabel, partiesClause.Start, partiesClause.End, party.Role + "：" + party.Name, detail ?? string.Empty, detail is null ? null : d.Authority!.BasisText);
        }
    }

    private static int FirstIndex(Detector d, string text)
    {
        var match = d.Any.Concat(d.All).Select(r => r.Match(text)).Where(m => m.Success).OrderBy(m => m.Index).FirstOrDefault();
        return match?.Index ?? 0;
    }
}
