using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Infrastructure.Instances;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class InstanceLeaseConfiguration : IEntityTypeConfiguration<InstanceLease>
{
    public void Configure(EntityTypeBuilder<InstanceLease> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("InstanceLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(InstanceLease.NameMaxLength);
        builder.Property(l => l.Holder).HasMaxLength(InstanceLease.HolderMaxLength).IsRequired();
    }
}
