using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Audit;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Command).HasMaxLength(AuditEntry.CommandMaxLength).IsRequired();
        builder.Property(a => a.Arguments).HasMaxLength(AuditEntry.ArgumentsMaxLength).IsRequired();
        builder.Property(a => a.Servers).HasMaxLength(AuditEntry.ServersMaxLength).IsRequired();
        builder.Property(a => a.ErrorId).HasMaxLength(AuditEntry.ErrorIdMaxLength);
        builder.Property(a => a.Outcome).HasConversion<int>();
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.Command, a.At }); // the events a graph marks: a few commands over a time range

    }
}
