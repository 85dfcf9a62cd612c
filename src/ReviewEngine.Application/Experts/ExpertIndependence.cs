using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Audit;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Experts;

/// <summary>
/// 专家论证 is independent: while a panel of the case's current round is open, an invited expert sees the submitted
/// materials and their own entries only, not the lawyer's opinion, the other experts' answers or their decline
/// reasons (issue 18 M1). Once the panel closes the case reads as it does for anyone else who may see it.
/// </summary>
public static class ExpertIndependence
{
    public static async Task<bool> AppliesAsync(IReviewDbContext db, Viewer viewer, ReviewCase c, CancellationToken ct) =>
        viewer.Roles.All(r => r == Roles.Expert)
        && await db.ExpertConsultations.AsNoTracking().AnyAsync(x => x.CaseId == c.Id && x.Round == c.Round && x.State == c.State, ct);

    public static bool Shows(AuditEvent e, Viewer viewer) => e.ActorId == viewer.UserId;

    /// <summary>Submitted materials carry their material id; opinions, letters and others' uploads do not.</summary>
    public static bool Shows(CaseDocument d, Viewer viewer) => d.MaterialId is not null || d.UploadedBy == viewer.UserId;
}
