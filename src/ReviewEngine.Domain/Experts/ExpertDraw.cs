using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Domain.Experts;

/// <summary>
/// The panel draw (专家抽取) as a pure function of the pool and the request: filters in a fixed order (each
/// exclusion keeps every reason), refuses with the first filter that leaves too few, then picks — reproducibly
/// from the seed — preferring fewer recent consultations, covering each requested field while the pool allows,
/// and keeping government-department experts to at most one third.
/// </summary>
public static class ExpertDraw
{
    public static DrawResult Draw(IEnumerable<Expert> pool, DrawRequest request)
    {
        var keep = request.Keep ?? [];
        var needed = request.Size - keep.Count;
        if (request.Size < 1 || request.Size % 2 == 0)
        {
            throw new DomainException($"专家组人数须为奇数（当前 {request.Size}）");
        }

        if (needed < 1)
        {
            throw new DomainException("专家组已满，无需再抽取");
        }

        // A stable order before shuffling, so the same seed gives the same panel whatever order the database returns.
        var experts = pool.OrderBy(e => e.Id).ToList();
        var filters = ExpertFilters.For(request);
        var exclusions = new List<ExpertExclusion>();
        foreach (var expert in experts)
        {
            var reasons = filters.Select(f => f.Reason(expert)).OfType<string>().ToList();
            if (reasons.Count > 0)
            {
                exclusions.Add(new ExpertExclusion(expert.Id, expert.Name, string.Join("；", reasons)));
            }
        }

        var remaining = experts;
        foreach (var filter in filters)
        {
            remaining = remaining.Where(e => filter.Reason(e) is null).ToList();
            if (remaining.Count < needed)
            {
                throw DrawShortage.Explain(experts, filters, filter, request, needed, remaining.Count);
            }
        }

        var maxGovernment = DrawRules.MaxGovernment(request.Size) - keep.Count(k => k.IsGovernment);
        var usable = remaining.Count(e => !e.IsGovernment) + Math.Min(Math.Max(maxGovernment, 0), remaining.Count(e => e.IsGovernment));
        if (usable < needed)
        {
            throw DrawShortage.Government(request, needed, usable);
        }

        var drawn = Pick(remaining, request, keep, needed, maxGovernment);
        var covered = keep.Concat(drawn).SelectMany(e => e.Fields).ToHashSet();
        return new DrawResult(request.Seed, drawn, [.. keep, .. drawn], remaining, exclusions,
            request.Fields.Where(f => !covered.Contains(f)).ToArray());
    }

    private static List<Expert> Pick(List<Expert> candidates, DrawRequest request, IReadOnlyList<Expert> keep, int needed, int maxGovernment)
    {
        var random = new SeededRandom(request.Seed);
        var recent = request.RecentConsultations ?? new Dictionary<Guid, int>();

        // Shuffle, then a stable sort by recent consultations: random within each tier, fewer consultations first.
        var order = random.Shuffle(candidates).OrderBy(e => recent.GetValueOrDefault(e.Id)).ToList();
        var uncovered = request.Fields.Where(f => !keep.Any(k => k.Covers(f))).ToList();
        var drawn = new List<Expert>();
        bool Allowed(Expert e) => !drawn.Contains(e) && (!e.IsGovernment || drawn.Count(d => d.IsGovernment) < maxGovernment);

        // First cover the fields nobody on the panel covers yet, then fill the remaining seats in order.
        while (drawn.Count < needed && uncovered.Count > 0 && order.FirstOrDefault(e => Allowed(e) && uncovered.Any(e.Covers)) is { } coverer)
        {
            drawn.Add(coverer);
            uncovered.RemoveAll(coverer.Covers);
        }

        foreach (var expert in order)
        {
            if (drawn.Count == needed)
            {
                break;
            }

            if (Allowed(expert))
            {
                drawn.Add(expert);
            }
        }

        return drawn;
    }
}
