using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Infrastructure.Persistence.Configurations;

public sealed class ImageBaselineConfiguration : IEntityTypeConfiguration<ImageBaseline>
{
    public void Configure(EntityTypeBuilder<ImageBaseline> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("ImageBaselines");
        builder.HasKey(b => b.Server);
        builder.Property(b => b.Server).HasMaxLength(Incident.ServerMaxLength);
        builder.Property(b => b.ImageId).HasMaxLength(ImageBaseline.ImageIdMaxLength).IsRequired();
    }
}
