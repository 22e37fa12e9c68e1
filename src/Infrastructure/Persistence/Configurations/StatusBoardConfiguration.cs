using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Board;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class StatusBoardConfiguration : IEntityTypeConfiguration<StatusBoard>
{
    public void Configure(EntityTypeBuilder<StatusBoard> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("StatusBoards");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.MessageIdsText).HasColumnName("MessageIds").HasMaxLength(StatusBoard.MessageIdsMaxLength).IsRequired();
        builder.Property(b => b.ServersText).HasColumnName("Servers").HasMaxLength(StatusBoard.ServersMaxLength).IsRequired();
        builder.Ignore(b => b.MessageIds);
        builder.Ignore(b => b.Servers);
        builder.Ignore(b => b.IsDisabled);
        builder.Ignore(b => b.ShowsAllServers);
    }
}
