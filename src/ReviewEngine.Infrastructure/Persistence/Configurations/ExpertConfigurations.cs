using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReviewEngine.Domain.Experts;

namespace ReviewEngine.Infrastructure.Persistence.Configurations;

internal sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Name).HasMaxLength(100);
        b.Property(e => e.Organisation).HasMaxLength(200);
        b.Property(e => e.Title).HasMaxLength(100);
        b.Property(e => e.UserId).HasMaxLength(64);
        b.Property(e => e.OrganisationType).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        b.Property<List<string>>("_fields").HasColumnName("Fields").AsJsonList();
        b.Property<List<string>>("_conflicts").HasColumnName("Conflicts").AsJsonList();
        b.Ignore(e => e.Fields);
        b.Ignore(e => e.Conflicts);
        b.Ignore(e => e.IsGovernment);

        // The import updates by name and organisation; two same-named experts of one unit would be ambiguous.
        b.HasIndex(e => new { e.Name, e.Organisation }).IsUnique();
        b.HasIndex(e => e.UserId);
    }
}

internal sealed class ExpertConsultationConfiguration : IEntityTypeConfiguration<ExpertConsultation>
{
    public void Configure(EntityTypeBuilder<ExpertConsultation> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.State).HasMaxLength(64);
        b.Property(c => c.Fields).AsJsonList();

        // Members are a small list read and written with their consultation; a JSON column keeps that one row.
        b.Property(c => c.Members).AsJsonList();
        b.Ignore(c => c.Summary);
        b.Ignore(c => c.ExpertIds);
        b.HasIndex(c => new { c.CaseId, c.Round });
        b.HasIndex(c => c.CreatedAtUtc);
    }
}
