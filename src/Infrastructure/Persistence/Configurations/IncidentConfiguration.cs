using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Engine).HasMaxLength(Incident.ServerMaxLength).IsRequired();
        builder.Property(i => i.Server).HasMaxLength(Incident.ServerMaxLength).IsRequired();
        builder.Property(i => i.ServerName).HasMaxLength(Incident.ServerMaxLength).IsRequired();
        builder.Property(i => i.ContainerId).HasMaxLength(100).IsRequired();
        builder.Property(i => i.RecentExits).HasMaxLength(2200).IsRequired();
        builder.Property(i => i.Detail).HasMaxLength(Incident.TextMaxLength);
        builder.Property(i => i.LogTail).HasMaxLength(Incident.TextMaxLength);
        builder.Property(i => i.Changes).HasMaxLength(Incident.TextMaxLength);
        builder.Property(i => i.RecoveredBy).HasMaxLength(Incident.ByMaxLength);
        builder.Ignore(i => i.IsRecovered);
        builder.Ignore(i => i.IsEngineIncident);
        builder.Ignore(i => i.ChangeList);
        builder.HasIndex(i => new { i.Server, i.OpenedAt });
        builder.HasIndex(i => new { i.ChannelId, i.MessageId });
    }
}
