using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class AlertMuteConfiguration : IEntityTypeConfiguration<AlertMute>
{
    public void Configure(EntityTypeBuilder<AlertMute> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("AlertMutes");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Server).HasMaxLength(BackupRecord.ServerMaxLength).IsRequired();
        builder.HasIndex(m => m.Server).IsUnique();
    }
}
