using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReviewEngine.Infrastructure.Persistence.Configurations;

internal sealed class ChangeCounterConfiguration : IEntityTypeConfiguration<ChangeCounter>
{
    public void Configure(EntityTypeBuilder<ChangeCounter> b)
    {
        b.ToTable("ChangeCounters");
        b.HasKey(c => c.Key);
        b.Property(c => c.Key).HasMaxLength(80);
    }
}
