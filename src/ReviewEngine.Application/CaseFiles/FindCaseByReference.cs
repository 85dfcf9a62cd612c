using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Opinions;
using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Application.CaseFiles;

/// <summary>
/// A case as people name it: its ID (GUID), its system number (luobu-2026-0001, as in URLs and file names) or the
/// case number printed in the 审查意见书 (罗埠审受〔2026〕3号: the township's third case received in 2026, counted as
/// <see cref="OpinionLetterComposer"/> counts it). Null when none names a case.
/// </summary>
public sealed class FindCaseByReferenceHandler(IReviewDbContext db, OpinionLetterOptions letters)
{
    public async Task<Guid?> HandleAsync(string reference, CancellationToken ct = default)
    {
        var text = reference.Trim();
        if (Guid.TryParse(text, out var id))
        {
            return await db.ReviewCases.AsNoTracking().AnyAsync(c => c.Id == id, ct) ? id : null;
        }

        // Numbers start with the township id in lower case; a number typed as LUOBU-2026-0001 still finds its case.
        var lower = text.ToLowerInvariant();
        var found = await db.ReviewCases.AsNoTracking().Where(c => c.Number == text || c.Number == lower).Select(c => c.Id).FirstOrDefaultAsync(ct);
        return found != Guid.Empty ? found : await ByLetterCaseNumberAsync(text, ct);
    }

    private async Task<Guid?> ByLetterCaseNumberAsync(string text, CancellationToken ct)
    {
        if (!text.Contains('〔') && !text.Contains('['))
        {
            return null;
        }

        // Half-width brackets as typed on a plain keyboard are taken for the printed 〔〕.
        text = text.Replace('[', '〔').Replace(']', '〕');
        var townships = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Township)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        foreach (var t in townships)
        {
            var pattern = "^" + Regex.Escape(letters.For(t.Id, t.Name).CaseNumberFormat)
                .Replace(@"\{year}", "(?<year>[0-9]{4})", StringComparison.Ordinal)
                .Replace(@"\{seq}", "(?<seq>[0-9]{1,6})", StringComparison.Ordinal) + "$";
            if (Regex.Match(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } m)
            {
                return await NthOfYearAsync(t.Id, int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture),
                    int.Parse(m.Groups["seq"].Value, CultureInfo.InvariantCulture), ct);
            }
        }

        return null;
    }

    private async Task<Guid?> NthOfYearAsync(string townshipId, int year, int sequence, CancellationToken ct)
    {
        var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = start.AddYears(1);
        var received = await db.ReviewCases.AsNoTracking()
            .Where(c => c.TownshipId == townshipId && c.CreatedAtUtc >= start && c.CreatedAtUtc < end)
            .Select(c => new { c.Id, c.CreatedAtUtc, c.Number }).ToListAsync(ct);
        var ordered = received.OrderBy(c => c.CreatedAtUtc).ThenBy(c => c.Number, StringComparer.Ordinal).ToList();
        return sequence >= 1 && sequence <= ordered.Count ? ordered[sequence - 1].Id : null;
    }
}
