using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Experts;

/// <summary>
/// A draw for a case under the district's rules: who must be excluded is read from the case itself (起草单位 and
/// its township, 相对人, the reviewer, the lawyer who gave an opinion, earlier rounds' panels, experts who declined
/// this case), so the reviewer cannot forget one. The candidate list, exclusions, seed and panel go to the audit trail.
/// </summary>
public sealed class CaseDraws(IReviewDbContext db, DrawExpertsHandler draws, DrawRules rules)
{
    /// <param name="alsoExcluded">Exclusions not yet saved (the member declining right now).</param>
    public async Task<CaseDraw> DrawAsync(ReviewCase c, Actor actor, IReadOnlyList<string> fields, long seed, DateOnly today,
        int size, IReadOnlyList<Expert>? keep = null, IReadOnlyDictionary<Guid, string>? alsoExcluded = null, CancellationToken ct = default)
    {
        var pool = await db.Experts.AsNoTracking().ToListAsync(ct);
        var excluded = await HistoryAsync(c, ct);
        foreach (var (id, reason) in alsoExcluded ?? new Dictionary<Guid, string>())
        {
            excluded[id] = reason;
        }

        var request = new DrawRequest(fields, size, seed, today,
            Organisations: await OrganisationsAsync(c, ct),
            People: await PeopleAsync(c, actor, ct),
            Excluded: excluded,
            Keep: keep,
            RequireAccount: true,
            RecentConsultations: await draws.RecentConsultationsAsync(ct));
        return new CaseDraw(ExpertDraw.Draw(pool, request), request);
    }

    /// <summary>
    /// The audit record of a draw: enough to replay it (seed, day, fields, size, kept members and each candidate's
    /// recent-consultation count, which orders the shuffle) and to see why each expert was or was not eligible.
    /// </summary>
    public static object AuditData(CaseDraw draw)
    {
        var (r, request) = (draw.Result, draw.Request);
        var recent = request.RecentConsultations ?? new Dictionary<Guid, int>();
        return new
        {
            fields = request.Fields,
            size = request.Size,
            seed = r.Seed,
            today = request.Today.ToString("yyyy-MM-dd"),
            kept = (request.Keep ?? []).Select(e => e.Id),
            candidates = r.Candidates.Select(e => new { e.Id, e.Name, e.Organisation, recent = recent.GetValueOrDefault(e.Id) }),
            exclusions = r.Exclusions.Select(x => new { x.ExpertId, x.Name, x.Reason }),
            drawn = r.Drawn.Select(e => new { e.Id, e.Name, e.Organisation, type = OrganisationTypes.Label(e.OrganisationType), e.UserId }),
            uncoveredFields = r.UncoveredFields,
        };
    }

    public static string AuditComment(DrawResult r) =>
        $"随机抽取专家（种子 {r.Seed}）：{string.Join("、", r.Drawn.Select(e => $"{e.Name}（{e.Organisation}）"))}；候选 {r.Candidates.Count} 名，排除 {r.Exclusions.Count} 名"
        + (r.UncoveredFields.Count == 0 ? "" : $"；库内无可抽取专家覆盖：{string.Join("、", r.UncoveredFields)}");

    private async Task<List<ExcludedParty>> OrganisationsAsync(ReviewCase c, CancellationToken ct)
    {
        var township = await db.Organisations.AsNoTracking().Where(o => o.Id == c.TownshipId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        var parties = new List<ExcludedParty>();
        if (township is not null)
        {
            parties.Add(new ExcludedParty(township, "起草单位"));
        }

        if (!string.IsNullOrWhiteSpace(c.DraftingUnit))
        {
            parties.Add(new ExcludedParty(c.DraftingUnit, "起草单位"));
        }

        var counterparty = c.Counterparty ?? c.Metadata.GetValueOrDefault("counterparty");
        if (!string.IsNullOrWhiteSpace(counterparty))
        {
            parties.Add(new ExcludedParty(counterparty, "相对人"));
        }

        return parties;
    }

    /// <summary>Everyone who handled the case as reviewer or lawyer (task holders), and the reviewer asking now.</summary>
    private async Task<List<ExcludedParty>> PeopleAsync(ReviewCase c, Actor actor, CancellationToken ct)
    {
        var ids = c.StateHolders.Values.Append(actor.UserId).Distinct().ToList();
        var users = await db.UserAccounts.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        var people = new List<ExcludedParty>();
        foreach (var u in users.OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            if (u.HasRole(Roles.Reviewer))
            {
                people.Add(new ExcludedParty(PlainName(u.DisplayName), "审查人员", u.Id));
            }
            else if (u.HasRole(Roles.Lawyer))
            {
                people.Add(new ExcludedParty(PlainName(u.DisplayName), "公职律师/法律顾问", u.Id));
            }
        }

        return people;
    }

    /// <summary>Earlier rounds' panels (when the rules say so) and anyone who declined this case before.</summary>
    private async Task<Dictionary<Guid, string>> HistoryAsync(ReviewCase c, CancellationToken ct)
    {
        var earlier = await db.ExpertConsultations.AsNoTracking().Where(x => x.CaseId == c.Id).ToListAsync(ct);
        var excluded = new Dictionary<Guid, string>();
        foreach (var consultation in earlier.OrderBy(x => x.Round))
        {
            foreach (var m in consultation.Members.Where(m => m.ExpertId is not null))
            {
                if (m.Status == PanelMemberStatus.Declined)
                {
                    excluded[m.ExpertId!.Value] = $"已拒绝本案论证（{m.DeclineReason}）";
                }
                else if (rules.ExcludeEarlierRounds && consultation.Round < c.Round)
                {
                    excluded.TryAdd(m.ExpertId!.Value, $"参加过本案第 {consultation.Round} 轮论证");
                }
            }
        }

        return excluded;
    }

    /// <summary>Account names may carry the unit in brackets (冯专家（浙江师范大学法政学院）); the pool has the bare name.</summary>
    private static string PlainName(string displayName)
    {
        var bracket = displayName.IndexOfAny(['（', '(']);
        return bracket > 0 ? displayName[..bracket].Trim() : displayName.Trim();
    }
}

/// <summary>A case draw with the request it ran (exclusions, recent consultations), so the audit record can replay it.</summary>
public sealed record CaseDraw(DrawResult Result, DrawRequest Request);
