using ReviewEngine.Domain.PreReview.Rules;

namespace ReviewEngine.Domain.PreReview.Evaluation;

/// <summary>Runs the detectors of one rule after their document-level gates, and turns hits into findings.</summary>
internal static class RuleEvaluator
{
    public static IEnumerable<Finding> Evaluate(CheckRule rule, AnalysisContext ctx)
    {
        var found = false;
        foreach (var detector in rule.Detectors.Where(d => GatesPass(d, ctx)))
        {
            // The agreement-level authority check (the signer concludes the matter) is the fallback: a sentence that
            // does the act has already located the same problem in the text.
            if (found && detector.Unit == DetectorUnit.AgencyParties && detector.Authority is not null)
            {
                continue;
            }
            foreach (var hit in Hits(detector, ctx).Where(h => !Subsumed(detector, h, ctx)))
            {
                found = true;
                yield return ToFinding(rule, detector, hit, ctx);
            }
        }
    }

    private static IEnumerable<Hit> Hits(Detector d, AnalysisContext ctx) => d.Type switch
    {
        DetectorType.Pattern => PatternDetector.Evaluate(d, ctx),
        DetectorType.Absence => DocumentDetectors.Absence(d, ctx),
        DetectorType.Threshold => TextDetectors.Threshold(d, ctx),
        DetectorType.Metadata => DocumentDetectors.Metadata(d, ctx),
        DetectorType.DateOrder => DocumentDetectors.DateOrder(d, ctx),
        DetectorType.Validity => DocumentDetectors.Validity(d, ctx),
        DetectorType.RepealedLaw => TextDetectors.RepealedLaws(d, ctx),
        DetectorType.AllowList => TextDetectors.AllowList(d, ctx),
        _ => DocumentDetectors.NatureMismatch(ctx),
    };

    private static bool Subsumed(Detector d, Hit hit, AnalysisContext ctx) =>
        d.SubsumedBy.Count > 0
        && ctx.Findings.Any(f => f.Severity >= FindingSeverity.Minor && d.SubsumedBy.Contains(f.RuleId)
            && f.Clause == hit.Clause && f.Start < hit.End && hit.Start < f.End);

    private static bool GatesPass(Detector d, AnalysisContext ctx)
    {
        if (d.Kinds.Count > 0 && !d.Kinds.Contains(ctx.Kind))
        {
            return false;
        }
        if (!d.RequireDoc.All(ctx.DocumentMatches) || PatternDetector.AnyMatch(d.ForbidDoc, ctx.Text, ctx))
        {
            return false;
        }
        if (d.ForbidAttachment.Count > 0 && ctx.File.HasMaterial(d.ForbidAttachment))
        {
            return false;
        }
        if (!d.RequireFact.All(r => ctx.File.Lines.Any(r.IsMatch)) || d.ForbidFact.Any(r => ctx.File.Lines.Any(r.IsMatch)))
        {
            return false;
        }
        if (d.Nature != ContractNature.None && ctx.Facts.Nature != d.Nature)
        {
            return false;
        }
        if (d.Subtypes.Count > 0 && (ctx.Facts.Subtype is not { } subtype || !d.Subtypes.Contains(subtype)))
        {
            return false;
        }
        if (d.LeadAgency is not null && (ctx.Facts.LeadAgency is not { } lead || !d.LeadAgency.IsMatch(lead.BareName)))
        {
            return false;
        }
        return d.WithRules.Count == 0
            || ctx.Findings.Any(f => f.Severity >= FindingSeverity.Minor && d.WithRules.Contains(f.RuleId));
    }

    private static Finding ToFinding(CheckRule rule, Detector d, Hit hit, AnalysisContext ctx)
    {
        var replacement = rule.Rewrite?.ReplacementFor(ctx.Facts.Parties);
        return new(
        rule.Id,
        rule.Title,
        d.Severity ?? rule.Severity,
        d.Curability ?? rule.Curability,
        hit.Clause,
        hit.Start,
        hit.End,
        Shorten(hit.Excerpt),
        hit.Basis ?? rule.BasisText,
        (d.Note ?? rule.Explanation) + hit.Detail,
        replacement is null ? rule.Suggestion : $"{rule.Suggestion}可改写为：“{replacement}”",
        replacement);
    }

    private static string Shorten(string excerpt) => excerpt.Length <= 160 ? excerpt : excerpt[..157] + "…";
}
