using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Infrastructure.Persistence.Configurations;

internal sealed class ReviewCaseConfiguration : IEntityTypeConfiguration<ReviewCase>
{
    public void Configure(EntityTypeBuilder<ReviewCase> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Number).HasMaxLength(64);
        b.HasIndex(c => c.Number).IsUnique();
        b.Property(c => c.Title).HasMaxLength(500);
        b.Property(c => c.Kind).HasMaxLength(32);
        b.Property(c => c.TownshipId).HasMaxLength(64);
        b.Property(c => c.DistrictId).HasMaxLength(64);
        b.Property(c => c.DraftingUnit).HasMaxLength(200);
        b.Property(c => c.DrafterId).HasMaxLength(64);
        b.Property(c => c.WorkflowId).HasMaxLength(64);
        b.Property(c => c.WorkflowHash).HasMaxLength(64);
        b.Property(c => c.State).HasMaxLength(64);
        b.Property(c => c.LastEventHash).HasMaxLength(64);
        b.Property(c => c.Amount).HasPrecision(18, 2);
        b.Property(c => c.Counterparty).HasMaxLength(200);
        b.Property(c => c.SubmissionKey).HasMaxLength(64);
        b.Property(c => c.PreReviewConclusion).HasMaxLength(16);
        b.Property(c => c.PreReviewProblem).HasMaxLength(100);
        b.HasIndex(c => new { c.DrafterId, c.SubmissionKey }).IsUnique();
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Property(c => c.Metadata).AsJsonMap();
        b.Property(c => c.Flags).AsJsonSet();
        b.Property(c => c.AttachedMaterials).AsJsonSet();
        b.Property(c => c.VisitedInRound).AsJsonSet();
        b.Property(c => c.ActionCounts).AsJsonMap();
        b.Property(c => c.StateHolders).AsJsonMap();
        b.Property(c => c.Clock).AsJson();
        b.Property(c => c.Opinion).AsJson();
        b.Property(c => c.Adoptions).AsJsonList();
        b.Property(c => c.Signing).AsJson();
        b.Property(c => c.Deliberation).AsJson();
        b.Property(c => c.Publication).AsJson();
        b.Property(c => c.Filing).AsJson();
        b.Ignore(c => c.OpenTasks);
        b.Ignore(c => c.IsClosed);
        b.HasMany(c => c.Tasks).WithOne().HasForeignKey(t => t.CaseId);
        b.Navigation(c => c.Tasks).HasField("_tasks").UsePropertyAccessMode(PropertyAccessMode.Field);

        // Visibility (a township sees its own cases) and supervision filter by township. State is not in the key: every
        // action changes it, and the entry moving cost each action one to two index pages; the case search's optional
        // state filter reads it from the township's rows.
        b.HasIndex(c => c.TownshipId);
        b.HasIndex(c => c.DueOn);
    }
}
