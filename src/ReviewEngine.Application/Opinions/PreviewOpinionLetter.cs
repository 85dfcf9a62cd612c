using ReviewEngine.Application.Common;
using ReviewEngine.Application.Contracts;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Application.Opinions;

/// <summary>
/// 预览即出具: the letter exactly as approving now would issue it (the lead's name, today's date, the next number),
/// with its SHA-256. The approval form sends the hash back; <see cref="OpinionLetterIssuer"/> issues only that letter.
/// </summary>
public sealed class PreviewOpinionLetterHandler(IReviewDbContext db, OpinionLetterComposer composer, IOpinionLetterRenderer renderer, TimeProvider clock)
{
    public async Task<GeneratedDocument> HandleAsync(Guid caseId, Actor lead, CancellationToken ct = default)
    {
        var c = await CaseStore.LoadRequiredAsync(db, caseId, ct);
        var letter = await composer.ComposeAsync(c, lead.DisplayName, clock.GetUtcNow().UtcDateTime, ct);
        return renderer.Render(letter);
    }
}
