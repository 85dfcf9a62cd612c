using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Infrastructure.Persistence.Configurations;

internal sealed class CaseDocumentConfiguration : IEntityTypeConfiguration<CaseDocument>
{
    public void Configure(EntityTypeBuilder<CaseDocument> b)
    {
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.FileName).HasMaxLength(260);
        b.Property(d => d.ContentType).HasMaxLength(200);
        b.Property(d => d.Sha256).HasMaxLength(64);
        b.Property(d => d.MaterialId).HasMaxLength(64);
        b.Property(d => d.Purpose).HasMaxLength(64);
        b.Property(d => d.UploadedBy).HasMaxLength(64);
        b.HasIndex(d => new { d.CaseId, d.Round });
    }
}

internal sealed class DocumentContentConfiguration : IEntityTypeConfiguration<DocumentContent>
{
    public void Configure(EntityTypeBuilder<DocumentContent> b)
    {
        b.HasKey(d => d.Sha256);
        b.Property(d => d.Sha256).HasMaxLength(64);
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).HasMaxLength(64);
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.ParentId).HasMaxLength(64);
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> b)
    {
        b.HasKey(u => u.Id);
        b.Property(u => u.Id).HasMaxLength(64);
        b.Property(u => u.DisplayName).HasMaxLength(100);
        b.Property(u => u.OrganisationId).HasMaxLength(64);
        b.Property<List<string>>("_roles").HasColumnName("Roles").AsJsonList();
        b.Ignore(u => u.Roles);
        b.Property<List<string>>("_qualifications").HasColumnName("Qualifications").AsJsonList();
        b.Ignore(u => u.Qualifications);
    }
}

internal sealed class WorkflowSnapshotConfiguration : IEntityTypeConfiguration<WorkflowSnapshot>
{
    public void Configure(EntityTypeBuilder<WorkflowSnapshot> b)
    {
        b.HasKey(s => new { s.WorkflowId, s.Version, s.ContentHash });
        b.Property(s => s.WorkflowId).HasMaxLength(64);
        b.Property(s => s.ContentHash).HasMaxLength(64);
        b.Property(s => s.FileName).HasMaxLength(260);
    }
}

internal sealed class CaseFindingConfiguration : IEntityTypeConfiguration<CaseFinding>
{
    public void Configure(EntityTypeBuilder<CaseFinding> b)
    {
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.RuleId).HasMaxLength(32);
        b.Property(f => f.Severity).HasMaxLength(16);
        b.Property(f => f.Curability).HasMaxLength(16);
        b.Property(f => f.Clause).HasMaxLength(64);
        b.Property(f => f.DocumentSha256).HasMaxLength(64);
        b.Property(f => f.DecidedBy).HasMaxLength(64);
        b.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(f => new { f.CaseId, f.Round });
    }
}
