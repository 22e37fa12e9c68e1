using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class LegacyImportConfiguration : IEntityTypeConfiguration<LegacyImport>
{
    public void Configure(EntityTypeBuilder<LegacyImport> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("LegacyImports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.FileHash).HasMaxLength(LegacyImport.HashLength).IsFixedLength().IsRequired();
        builder.Property(i => i.Path).HasMaxLength(LegacyImport.PathMaxLength).IsRequired();
        builder.HasIndex(i => i.FileHash).IsUnique();
    }
}
