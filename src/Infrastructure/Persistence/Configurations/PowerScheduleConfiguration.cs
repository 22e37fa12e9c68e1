using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Schedules;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class PowerScheduleConfiguration : IEntityTypeConfiguration<PowerSchedule>
{
    public void Configure(EntityTypeBuilder<PowerSchedule> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("PowerSchedules");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Server).HasMaxLength(PowerSchedule.ServerMaxLength).IsRequired();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Cron).HasMaxLength(PowerSchedule.CronMaxLength).IsRequired();
        builder.Property(s => s.Steps).HasMaxLength(PowerSchedule.StepsMaxLength).IsRequired();
        builder.Property(s => s.LastResult).HasMaxLength(PowerSchedule.LastResultMaxLength);
        builder.HasIndex(s => new { s.Server, s.Kind }).IsUnique();
    }
}
