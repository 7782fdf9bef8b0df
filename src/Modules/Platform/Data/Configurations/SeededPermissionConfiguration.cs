using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Data.Configurations;

internal sealed class SeededPermissionConfiguration : IEntityTypeConfiguration<SeededPermission>
{
    public void Configure(EntityTypeBuilder<SeededPermission> b)
    {
        b.ToTable("SeededPermissions");
        b.HasKey(p => p.Name);
        b.Property(p => p.Name).HasMaxLength(200);
    }
}
