using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Application.Servers.Pending;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class PendingPowerActionConfiguration : IEntityTypeConfiguration<PendingPowerAction>
{
    public void Configure(EntityTypeBuilder<PendingPowerAction> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("PendingPowerActions");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Server).HasMaxLength(PendingPowerAction.ServerMaxLength).IsRequired();
        builder.Property(p => p.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Wait).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Marks).HasMaxLength(PendingPowerAction.RolesMaxLength).IsRequired();
        builder.Property(p => p.RequesterRoles).HasMaxLength(PendingPowerAction.RolesMaxLength).IsRequired();
        builder.Property(p => p.Reason).HasMaxLength(PendingPowerAction.ReasonMaxLength);
        builder.Ignore(p => p.Name);
        builder.Ignore(p => p.MarkList);
        builder.Ignore(p => p.AnnouncedDownTo);
        builder.Ignore(p => p.Requester);

        // One pending action per server.
        builder.HasIndex(p => p.Server).IsUnique();
    }
}
