using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Webhooks;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Deadlines;

namespace ReviewEngine.Application.Normative;

/// <summary>
/// 备案 and 有效期 reminders to the drafter of each adopted normative document, once each. "Once" rests on the
/// notification's unique TimerId: here a key derived from (reminder, case, date), so a second tick, a restart or a
/// second instance finds the row, or fails to insert it, instead of sending again. A moved date is a new reminder.
/// </summary>
public sealed class SendNormativeRemindersHandler(IReviewDbContext db, GetNormativeDocumentsHandler documents, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var due = new List<(Guid Key, NormativeDocument Doc, NotificationKind Kind, string Text)>();
        foreach (var d in await documents.HandleAsync(null, ct: ct))
        {
            var l = d.Lifecycle;
            if (today >= l.FilingReminderOn && today <= l.FilingDueOn)
            {
                due.Add((Key("filing", d.CaseId, l.FilingDueOn), d, NotificationKind.Filing,
                    $"【备案】规范性文件 {d.CaseNumber}「{d.Title}」须于 {Date(l.FilingDueOn)} 前报送备案。"));
            }

            if (today >= l.ValidityReminderOn && today <= l.ValidUntil)
            {
                due.Add((Key("validity", d.CaseId, l.ValidUntil), d, NotificationKind.Validity,
                    $"【有效期】规范性文件 {d.CaseNumber}「{d.Title}」有效期至 {Date(l.ValidUntil)}{(l.ValidityPresumed ? "（未载明，按5年推定）" : "")}，请及时评估是否延续、修订或废止。"));
            }
        }

        var keys = due.Select(x => (Guid?)x.Key).ToList();
        var sent = (await db.Notifications.AsNoTracking().Where(n => keys.Contains(n.TimerId)).Select(n => n.TimerId).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var count = 0;
        foreach (var (key, doc, kind, text) in due.Where(x => !sent.Contains(x.Key)))
        {
            var n = new Notification(key, NotificationRecipient.User(doc.DrafterId), doc.CaseId, doc.CaseNumber, kind, text, now);
            db.Notifications.Add(n);
            await WebhookOutbox.EnqueueAsync(db, n, ct);
            count++;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance sent the same reminders first (unique TimerId); nothing is lost.
            return 0;
        }

        return count;
    }

    /// <summary>A stable id per reminder, in the notification's TimerId column (a GUID from SHA-256 of the key).</summary>
    public static Guid Key(string reminder, Guid caseId, DateOnly date) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{reminder}:{caseId:N}:{date:yyyy-MM-dd}")).AsSpan(0, 16));

    private static string Date(DateOnly d) => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
