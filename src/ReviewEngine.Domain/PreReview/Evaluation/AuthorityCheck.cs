using ReviewEngine.Domain.PreReview.Reading;
using ReviewEngine.Domain.PreReview.Rules;
using ReviewEngine.Domain.PreReview.Text;

namespace ReviewEngine.Domain.PreReview.Evaluation;

/// <summary>
/// Whether the body that does an act has the power for the act's matter (authority table, issue 15 item 2). The
/// body is the signing agency (party block, else the form's issuer) or the issuer of a normative document; an act
/// the text gives to another body (由区人民政府决定) or to the counterparty is not the signer's.
/// </summary>
internal static class AuthorityCheck
{
    /// <summary>Null when the body may do the act; else the detail appended to the finding's explanation.</summary>
    public static string? Lacks(AuthorityMatter matter, ClauseReading reading, string sentence, AnalysisContext ctx, AuthorityTable table)
    {
        var contract = ctx.Kind is PreReviewKind.AdminAgreement or PreReviewKind.AgencyCivilContract;
        // In a contract an act another body or the counterparty does is not the signer's. In a normative document the
        // issuer makes the rule whoever it names (由税务部门减免, 任何单位和个人不得燃放); a detector that accepts only
        // the agency's own act says so with 'actor'.
        if (contract && reading.Actor is Actor.Other or Actor.Counterparty)
        {
            return null;
        }
        var body = contract
            ? ctx.Facts.LeadAgency?.Name ?? ctx.Input.Meta.Issuer
            : ctx.Input.Meta.Issuer ?? ctx.Facts.Issuers.Select(i => i.Name).FirstOrDefault() ?? ctx.Facts.LeadAgency?.Name;
        var bare = body is null ? null : PartyParser.StripNotes(body);
        if (bare is not null && matter.Competent.Any(r => r.IsMatch(bare)))
        {
            return null;
        }
        var township = bare is null || (table.TownshipBody?.IsMatch(bare) ?? false);
        var adHoc = bare is not null && !township && (table.AdHocBody?.IsMatch(bare) ?? false);
        if (!township && !adHoc && contract && matter.Competent.Count > 0)
        {
            // A contract signed by a county-level body outside the table's competent list is left to the reviewer
            // (its own powers are a knowledge-base item); the table decides what a township may sign. A matter no
            // signer may promise (an approval's outcome) has no competent body and fires for every signer.
            return null;
        }
        var why = township
            ? matter.Township switch
            {
                TownshipPower.Own => null,
                TownshipPower.Entrusted => Shows(table.Entrustment, body, ctx) ? null : table.Entrustment.DocumentRequired && ctx.File.ListKnown && contract ? "送审材料中未见有权机关的委托书，签约权限无法核实" : "未见有权机关的委托（当事人栏“受××委托”或所附委托书）",
                TownshipPower.Approved => Shows(table.Approval, body, ctx) ? null : "未见有权机关的批准文件",
                TownshipPower.Devolved => matter.DevolvedFields.Any(r => r.IsMatch(sentence)) ? null : "该领域不在省级赋权乡镇（街道）实施的事项目录内",
                _ => "乡镇（街道）无此职权，受委托亦不能取得",
            }
            : adHoc ? "临时机构、议事协调机构不能以自己名义行使该项职权，受委托亦应以委托机关名义" : "该机关不是有权主体";
        return why is null
            ? null
            : $"（职权表“{matter.Title}”：有权主体为{matter.CompetentText}；{matter.TownshipText}。本件实施主体：{bare ?? "未载明"}，{why}。）";
    }

    // Evidence in the party line's notes (××镇人民政府（受××区人民政府委托）), the text or the attachments, unless
    // the text says it is still missing (委托书尚未出具).
    private static bool Shows(AuthorityEvidence evidence, string? body, AnalysisContext ctx)
    {
        if (PatternDetector.AnyMatch(evidence.Missing, ctx.Text) || ctx.File.Lines.Any(l => PatternDetector.AnyMatch(evidence.Missing, l))
            || ctx.File.StatedAbsent(evidence.Attachments) is not null)
        {
            return false;
        }
        if (ctx.File.HasMaterial(evidence.Attachments))
        {
            return true;
        }
        // A 受××委托 line in a contract is the signer's own claim; when the file lists its materials, the letter must be
        // among them. A normative document that says who acts under entrustment describes, it does not sign.
        if (evidence.DocumentRequired && ctx.File.ListKnown && ctx.Kind is PreReviewKind.AdminAgreement or PreReviewKind.AgencyCivilContract)
        {
            return false;
        }
        return (body is not null && PatternDetector.AnyMatch(evidence.Text, body)) || PatternDetector.AnyMatch(evidence.Text, ctx.Text);
    }
}
