using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class AlertRouteConfiguration : IEntityTypeConfiguration<AlertRoute>
{
    public void Configure(EntityTypeBuilder<AlertRoute> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("AlertRoutes");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Scope).HasMaxLength(AlertRoute.ScopeMaxLength).IsRequired();
        builder.HasIndex(r => r.Scope).IsUnique();
    }
}
