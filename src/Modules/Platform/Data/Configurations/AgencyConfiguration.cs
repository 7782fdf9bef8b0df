using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Data.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> b)
    {
        b.ToTable("Agencies");
        b.Property(a => a.Name).HasMaxLength(100);
        b.Property(a => a.Contact).HasMaxLength(50);
        b.Property(a => a.Phone).HasMaxLength(30);
        b.HasIndex(a => a.Name).IsUnique();
    }
}
