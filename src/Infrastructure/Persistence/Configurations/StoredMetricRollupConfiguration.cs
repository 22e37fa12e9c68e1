using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Infrastructure.Metrics;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class StoredMetricRollupConfiguration : IEntityTypeConfiguration<StoredMetricRollup>
{
    public void Configure(EntityTypeBuilder<StoredMetricRollup> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("MetricRollups");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Server).HasMaxLength(StoredMetricSampleConfiguration.ServerMaxLength).IsRequired();
        builder.HasIndex(r => new { r.Server, r.At }).IsUnique();
        builder.HasIndex(r => r.At);
    }
}
