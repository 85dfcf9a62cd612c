using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Infrastructure.Persistence.Configurations;

internal sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> b)
    {
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.State).HasMaxLength(64);
        b.Property(t => t.Role).HasMaxLength(32);
        b.Property(t => t.OrganisationId).HasMaxLength(64);
        b.Property(t => t.AssigneeId).HasMaxLength(64);
        b.Property(t => t.ClosedBy).HasMaxLength(64);
        b.Property(t => t.ExcludedUserId).HasMaxLength(64);
        b.Property(t => t.Outcome).HasMaxLength(200);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Version).IsConcurrencyToken();
        b.Ignore(t => t.IsOpen);

        // 我的待办: open tasks by assignee, and unclaimed ones by organisation and role. The second index carries every
        // column the inbox filters, sorts and returns, so a reviewer's thousands of open tasks are chosen from the index
        // without visiting the table (≈35 ms → ≈3 ms of SQLite time at 100,000 cases; docs/benchmarks.md, 我的待办).
        b.HasIndex(t => new { t.AssigneeId, t.Status });
        b.HasIndex(t => new { t.OrganisationId, t.Role, t.Status, t.AssigneeId, t.DueOn, t.CreatedAtUtc, t.Id, t.CaseId, t.ExcludedUserId })
            .HasDatabaseName("IX_WorkItems_Inbox");
        b.HasIndex(t => new { t.CaseId, t.Status });
    }
}
