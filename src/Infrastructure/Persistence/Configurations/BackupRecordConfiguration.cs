using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Backups;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class BackupRecordConfiguration : IEntityTypeConfiguration<BackupRecord>
{
    public void Configure(EntityTypeBuilder<BackupRecord> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Backups");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Server).HasMaxLength(BackupRecord.ServerMaxLength).IsRequired();
        builder.Property(b => b.Name).HasMaxLength(BackupName.MaxLength).IsRequired();
        builder.Property(b => b.File).HasMaxLength(BackupRecord.FileMaxLength).IsRequired();
        builder.Property(b => b.Paths).HasMaxLength(BackupRecord.PathsMaxLength).IsRequired();
        builder.Property(b => b.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(b => b.CreatedBy).HasMaxLength(BackupRecord.CreatorMaxLength).IsRequired();
        builder.Property(b => b.Trigger).HasConversion<int>();
        builder.Ignore(b => b.PathList);
        builder.HasIndex(b => new { b.Server, b.Name }).IsUnique();
        builder.HasIndex(b => b.CreatedAt);
    }
}
