using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Backups;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class BackupScheduleConfiguration : IEntityTypeConfiguration<BackupSchedule>
{
    public void Configure(EntityTypeBuilder<BackupSchedule> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("BackupSchedules");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Server).HasMaxLength(BackupRecord.ServerMaxLength).IsRequired();
        builder.Property(s => s.Cron).HasMaxLength(BackupSchedule.CronMaxLength).IsRequired();
        builder.Property(s => s.CreatedBy).HasMaxLength(BackupRecord.CreatorMaxLength).IsRequired();
        builder.Property(s => s.LastResult).HasMaxLength(BackupSchedule.LastResultMaxLength);
        builder.HasIndex(s => s.Server).IsUnique();
    }
}
