using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Webhooks;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Application.Normative;

/// <summary>
/// 备案 and 有效期 reminders to the drafter of each adopted normative document, and 清理 reminders to the drafters of
/// its township (the drafter's organisation, in the bell), once each. "Once" rests on the
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
            if (l is { FilingReminderOn: { } remindOn, FilingDueOn: { } filingDue, FiledOn: null } && today >= remindOn && today <= filingDue)
            {
                due.Add((Key("filing", d.CaseId, filingDue), d, NotificationKind.Filing,
                    $"【备案】规范性文件 {d.CaseNumber}「{d.Title}」已于 {Date(l.PublishedOn!.Value)} 公布，须于 {Date(filingDue)} 前报送备案。"));
            }

            if (today >= l.CleanupReminderOn && today <= l.CleanupDueOn && !d.Expired(today))
            {
                due.Add((Key("cleanup", d.CaseId, l.CleanupDueOn), d, NotificationKind.Cleanup, CleanupText(d)));
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
            var recipient = kind == NotificationKind.Cleanup ? NotificationRecipient.RoleIn(Roles.Drafter, doc.TownshipId) : NotificationRecipient.User(doc.DrafterId);
            var n = new Notification(key, recipient, doc.CaseId, doc.CaseNumber, kind, text, now);
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

    private static string CleanupText(NormativeDocument d) => d.Provisional
        ? $"【清理】暂行/试行规范性文件 {d.CaseNumber}「{d.Title}」须于 {Date(d.Lifecycle.CleanupDueOn)} 前完成两年一次的清理，请评估是否转为正式文件、修订或废止。"
        : $"【清理】规范性文件 {d.CaseNumber}「{d.Title}」须于 {Date(d.Lifecycle.CleanupDueOn)} 前完成两年一次的清理，请评估是否继续有效、修订或废止。";

    private static string Date(DateOnly d) => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
