using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularSocialWork.Modules.Platform.Domain;
using ModularSocialWork.Modules.Platform.Domain.Residents;

namespace ModularSocialWork.Modules.Platform.Data.Configurations;

internal sealed class ResidentHouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> b)
    {
        b.ToTable("Households");
        b.Property(h => h.Address).HasMaxLength(Resident.AddressMaxLength);
        b.HasIndex(h => h.StationId);
        b.HasOne<Station>().WithMany().HasForeignKey(h => h.StationId).OnDelete(DeleteBehavior.Restrict);
    }
}
