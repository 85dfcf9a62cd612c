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

        // 我的待办 reads InboxLines (ADR 0009), so no index here serves it any more. Claimed tasks by assignee stay
        // indexed for the expert's consultations and case visibility; partial, holding only claimed tasks (ADR 0014).
        b.HasIndex(t => new { t.AssigneeId, t.Status }).HasFilter("\"AssigneeId\" IS NOT NULL");
        b.HasIndex(t => new { t.CaseId, t.Status });
    }
}
