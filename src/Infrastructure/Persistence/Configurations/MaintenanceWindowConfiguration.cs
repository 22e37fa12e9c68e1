using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class MaintenanceWindowConfiguration : IEntityTypeConfiguration<MaintenanceWindow>
{
    public void Configure(EntityTypeBuilder<MaintenanceWindow> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("MaintenanceWindows");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Scope).HasMaxLength(BackupRecord.ServerMaxLength).IsRequired();
        builder.Property(w => w.Reason).HasMaxLength(MaintenanceWindow.ReasonMaxLength).IsRequired();
        builder.HasIndex(w => w.Scope).IsUnique();
    }
}
