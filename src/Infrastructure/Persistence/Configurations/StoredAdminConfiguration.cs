using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class StoredAdminConfiguration : IEntityTypeConfiguration<StoredAdmin>
{
    public void Configure(EntityTypeBuilder<StoredAdmin> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Admins");
        builder.HasKey(a => a.UserId);
        builder.Property(a => a.UserId).ValueGeneratedNever();
    }
}
