using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReviewEngine.Domain.Webhooks;

namespace ReviewEngine.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationWebhookConfiguration : IEntityTypeConfiguration<OrganisationWebhook>
{
    public void Configure(EntityTypeBuilder<OrganisationWebhook> b)
    {
        b.HasKey(w => w.OrganisationId);
        b.Property(w => w.OrganisationId).HasMaxLength(64);
        b.Property(w => w.Url).HasMaxLength(1000);
        b.Property(w => w.UpdatedBy).HasMaxLength(64);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.OrganisationId).HasMaxLength(64);
        b.Property(d => d.Url).HasMaxLength(1000);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.LastError).HasMaxLength(500);
        b.Property(d => d.ClaimedBy).HasMaxLength(64);

        // One delivery per notification and organisation, whatever a retried enqueue does.
        b.HasIndex(d => new { d.NotificationId, d.OrganisationId }).IsUnique();
        b.HasIndex(d => new { d.Status, d.NextAttemptAtUtc });
    }
}
