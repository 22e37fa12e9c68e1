using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Updates;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class PendingUpdateConfiguration : IEntityTypeConfiguration<PendingUpdate>
{
    public void Configure(EntityTypeBuilder<PendingUpdate> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("PendingUpdates");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Server).HasMaxLength(PendingUpdate.ServerMaxLength).IsRequired();
        builder.HasIndex(u => u.Server).IsUnique();
        builder.Property(u => u.Engine).HasMaxLength(PendingUpdate.ServerMaxLength).IsRequired();
        builder.Property(u => u.ImageReference).HasMaxLength(PendingUpdate.ReferenceMaxLength).IsRequired();
        builder.Property(u => u.RunningDigest).HasMaxLength(PendingUpdate.DigestMaxLength).IsRequired();
        builder.Property(u => u.NewDigest).HasMaxLength(PendingUpdate.DigestMaxLength).IsRequired();
        builder.Property(u => u.SkippedDigest).HasMaxLength(PendingUpdate.DigestMaxLength);
        builder.Property(u => u.AnnouncedDigest).HasMaxLength(PendingUpdate.DigestMaxLength);
        builder.Ignore(u => u.IsSkipped);
        builder.Ignore(u => u.IsAnnounced);
    }
}
