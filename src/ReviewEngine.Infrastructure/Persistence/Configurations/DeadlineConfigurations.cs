using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReviewEngine.Domain.Deadlines;

namespace ReviewEngine.Infrastructure.Persistence.Configurations;

internal sealed class DeadlineTimerConfiguration : IEntityTypeConfiguration<DeadlineTimer>
{
    public void Configure(EntityTypeBuilder<DeadlineTimer> b)
    {
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.Rung).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.ClaimedBy).HasMaxLength(64);
        b.Ignore(t => t.IsPending);

        // One row per rung of one due date of one task: a second planner's insert fails instead of duplicating.
        b.HasIndex(t => new { t.WorkItemId, t.Rung, t.DueOn }).IsUnique();
        b.HasIndex(t => new { t.FiredAtUtc, t.CancelledAtUtc, t.FireAtUtc });
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.RecipientUserId).HasMaxLength(64);
        b.Property(n => n.RecipientRole).HasMaxLength(32);
        b.Property(n => n.RecipientOrganisationId).HasMaxLength(64);
        b.Property(n => n.CaseNumber).HasMaxLength(64);
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.Text).HasMaxLength(500);
        b.Ignore(n => n.IsRead);

        // The last line of defence for exactly-once: one notification per timer, whatever the claims did.
        // Partial (as are the recipient indexes below): a hand-off notice has no timer, a user notice no organisation, a
        // role notice no user, and a row without the key costs no index page when an action writes it.
        b.HasIndex(n => n.TimerId).IsUnique().HasFilter("\"TimerId\" IS NOT NULL");

        // One hand-off event, one notice per person (ADR 0013); deadline rows have no event key and are not constrained.
        b.Property(n => n.EventKey).HasMaxLength(32);
        b.HasIndex(n => new { n.CaseId, n.EventKey, n.RecipientUserId }).IsUnique();
        b.HasIndex(n => new { n.RecipientUserId, n.ReadAtUtc }).HasFilter("\"RecipientUserId\" IS NOT NULL");
        b.HasIndex(n => new { n.RecipientOrganisationId, n.RecipientRole, n.ReadAtUtc }).HasFilter("\"RecipientOrganisationId\" IS NOT NULL");
    }
}
