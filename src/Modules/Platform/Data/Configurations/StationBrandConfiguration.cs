using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Data.Configurations;

internal sealed class StationBrandConfiguration : IEntityTypeConfiguration<StationBrand>
{
    public void Configure(EntityTypeBuilder<StationBrand> b)
    {
        b.ToTable("StationBrands");
        b.HasKey(x => new { x.StationId, x.ModuleId });
        b.Property(x => x.ModuleId).HasMaxLength(100);
        b.Property(x => x.AssignedBy).HasMaxLength(256);
        b.HasOne<Station>().WithMany().HasForeignKey(x => x.StationId).OnDelete(DeleteBehavior.Cascade);
    }
}
