using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Application.Bot.Outbox;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class PendingReplyConfiguration : IEntityTypeConfiguration<PendingReply>
{
    public void Configure(EntityTypeBuilder<PendingReply> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("PendingReplies");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.InteractionToken).HasMaxLength(PendingReply.TokenMaxLength);
        builder.Property(r => r.Nonce).HasMaxLength(PendingReply.NonceMaxLength).IsRequired();

        // The Discord client's encoding of the message: opaque bytes, bounded by Discord's own limits (some 30 KB).
        builder.Property(r => r.Message).IsRequired();
        builder.Property(r => r.LastError).HasMaxLength(PendingReply.ErrorMaxLength);
    }
}
