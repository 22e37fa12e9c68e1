using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Infrastructure.Metrics;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class StoredMetricSampleConfiguration : IEntityTypeConfiguration<StoredMetricSample>
{
    public const int ServerMaxLength = 200;

    public void Configure(EntityTypeBuilder<StoredMetricSample> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("MetricSamples");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Server).HasMaxLength(ServerMaxLength).IsRequired();
        builder.HasIndex(s => new { s.Server, s.At });
        builder.HasIndex(s => s.At);
    }
}
