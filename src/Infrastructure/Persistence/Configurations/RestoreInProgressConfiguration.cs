using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Backups;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class RestoreInProgressConfiguration : IEntityTypeConfiguration<RestoreInProgress>
{
    public void Configure(EntityTypeBuilder<RestoreInProgress> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("RestoresInProgress");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Server).HasMaxLength(BackupRecord.ServerMaxLength).IsRequired();
        builder.Property(r => r.Backup).HasMaxLength(BackupName.MaxLength).IsRequired();
        builder.Property(r => r.SafetyBackup).HasMaxLength(BackupName.MaxLength);
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.StartedBy).HasMaxLength(BackupRecord.CreatorMaxLength).IsRequired();
        builder.Ignore(r => r.FilesMayBeChanged);
        builder.HasIndex(r => r.Server).IsUnique();
    }
}
