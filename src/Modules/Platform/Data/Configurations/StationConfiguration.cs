using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Data.Configurations;

internal sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> b)
    {
        b.ToTable("Stations");
        b.Property(s => s.Name).HasMaxLength(100);
        b.Property(s => s.Code).HasMaxLength(50);
        b.HasIndex(s => s.Code).IsUnique();
        b.HasIndex(s => s.ParentId);
        // Restrict: removing a station must never silently take its subtree (and their data) with it.
        b.HasOne<Station>().WithMany().HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
