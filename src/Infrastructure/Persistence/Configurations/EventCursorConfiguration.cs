using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class EventCursorConfiguration : IEntityTypeConfiguration<EventCursor>
{
    public void Configure(EntityTypeBuilder<EventCursor> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("EventCursors");
        builder.HasKey(c => c.Engine);
        builder.Property(c => c.Engine).HasMaxLength(EventCursor.EngineMaxLength);
        builder.Property(c => c.Keys).HasMaxLength(EventCursor.KeysMaxLength).IsRequired();
    }
}
