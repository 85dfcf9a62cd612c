using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReviewEngine.Application.Inbox;

namespace ReviewEngine.Infrastructure.Persistence.Configurations;

internal sealed class InboxLineConfiguration : IEntityTypeConfiguration<InboxLine>
{
    public void Configure(EntityTypeBuilder<InboxLine> b)
    {
        b.HasKey(l => l.TaskId);
        b.Property(l => l.TaskId).ValueGeneratedNever();
        b.Property(l => l.CaseNumber).HasMaxLength(64);
        b.Property(l => l.Title).HasMaxLength(500);
        b.Property(l => l.Kind).HasMaxLength(32);
        b.Property(l => l.WorkflowId).HasMaxLength(64);
        b.Property(l => l.State).HasMaxLength(64);
        b.Property(l => l.Role).HasMaxLength(32);
        b.Property(l => l.OrganisationId).HasMaxLength(64);
        b.Property(l => l.AssigneeId).HasMaxLength(64);
        b.Property(l => l.ExcludedUserId).HasMaxLength(64);

        // The inbox's two branches, each an ordered range: my claimed tasks, and each role's unclaimed tasks of my
        // organisation by due date. Narrow and partial (ADR 0014): an action that closes one unclaimed task and opens
        // another removes one entry and appends one; the line itself carries the rest, so no index needs to cover it.
        b.HasIndex(l => l.AssigneeId).HasFilter("\"AssigneeId\" IS NOT NULL");
        b.HasIndex(l => new { l.OrganisationId, l.Role, l.DueOn, l.CreatedAtUtc, l.TaskId })
            .HasDatabaseName("IX_InboxLines_Unclaimed")
            .HasFilter("\"AssigneeId\" IS NULL");
    }
}
