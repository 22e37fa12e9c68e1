using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Updates;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class UpdateJournalConfiguration : IEntityTypeConfiguration<UpdateJournal>
{
    public void Configure(EntityTypeBuilder<UpdateJournal> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("UpdateJournal");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Server).HasMaxLength(UpdateJournal.ServerMaxLength).IsRequired();
        builder.HasIndex(u => u.Server);
        builder.Property(u => u.Engine).HasMaxLength(UpdateJournal.ServerMaxLength).IsRequired();
        builder.Property(u => u.ContainerName).HasMaxLength(UpdateJournal.NameMaxLength).IsRequired();
        builder.Property(u => u.ImageReference).HasMaxLength(UpdateJournal.ReferenceMaxLength).IsRequired();
        builder.Property(u => u.OldContainerId).HasMaxLength(UpdateJournal.IdMaxLength).IsRequired();
        builder.Property(u => u.OldImageId).HasMaxLength(UpdateJournal.IdMaxLength).IsRequired();
        builder.Property(u => u.ParkedName).HasMaxLength(UpdateJournal.NameMaxLength).IsRequired();
        builder.Property(u => u.NewContainerId).HasMaxLength(UpdateJournal.IdMaxLength);
        builder.Property(u => u.NewImageId).HasMaxLength(UpdateJournal.IdMaxLength);
        builder.Property(u => u.Backup).HasMaxLength(UpdateJournal.NameMaxLength);
        builder.Property(u => u.StartedBy).HasMaxLength(UpdateJournal.NameMaxLength).IsRequired();
        builder.Property(u => u.Problem).HasMaxLength(UpdateJournal.TextMaxLength);
        builder.Ignore(u => u.IsFinished);
    }
}
