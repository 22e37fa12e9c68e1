using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public const int ScopeMaxLength = EngineName.MaxLength + 1 + ServerName.MaxLength;

    public void Configure(EntityTypeBuilder<Grant> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Grants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.SubjectKind).HasConversion<int>();
        builder.Property(g => g.Permission).HasConversion<int>();
        builder.Property(g => g.Scope).HasMaxLength(ScopeMaxLength).IsRequired();
        builder.HasIndex(g => new { g.SubjectKind, g.SubjectId, g.Permission, g.Scope }).IsUnique();
        builder.Ignore(g => g.Subject);
        builder.Ignore(g => g.ScopeValue);
    }
}
