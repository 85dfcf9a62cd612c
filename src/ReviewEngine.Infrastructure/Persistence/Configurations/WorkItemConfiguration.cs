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
        // Both are partial, holding only the rows their queries can ask for: a task nobody has claimed has no entry in
        // the first, a closed or claimed task none in the second. An action that closes an unclaimed task and opens
        // another now removes and adds one entry of the second, where it moved and added entries in both (4.2 → 1.1 WAL
        // pages per action; docs/benchmarks.md, 审查动作吞吐量).
        // The filters are written in the SQL both providers accept; queries must keep comparing Status with the enum
        // constant (inlined as 'Open') and AssigneeId with null, or the planner cannot prove the index applies.
        b.HasIndex(t => new { t.AssigneeId, t.Status }).HasFilter("\"AssigneeId\" IS NOT NULL");
        // Status and AssigneeId are constant in it ('Open', NULL) but stay as the last columns: SQLite only reads a
        // query from the index alone when every column the query names is in it.
        b.HasIndex(t => new { t.OrganisationId, t.Role, t.DueOn, t.CreatedAtUtc, t.Id, t.CaseId, t.ExcludedUserId, t.Status, t.AssigneeId })
            .HasDatabaseName("IX_WorkItems_Inbox")
            .HasFilter("\"Status\" = 'Open' AND \"AssigneeId\" IS NULL");
        b.HasIndex(t => new { t.CaseId, t.Status });
    }
}
