using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularSocialWork.Modules.Platform.Domain;
using ModularSocialWork.Modules.Platform.Domain.Residents;

namespace ModularSocialWork.Modules.Platform.Data.Configurations;

internal sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> b)
    {
        b.ToTable("Residents");
        b.Property(r => r.Name).HasMaxLength(Resident.NameMaxLength);
        b.Property(r => r.NameInitials).HasMaxLength(Resident.NameMaxLength);
        b.Property(r => r.IdNumberCipher).HasMaxLength(200);
        b.Property(r => r.IdNumberIndex).HasMaxLength(64);
        b.Property(r => r.IdNumberMasked).HasMaxLength(32);
        b.Property(r => r.PhoneCipher).HasMaxLength(200);
        b.Property(r => r.PhoneIndex).HasMaxLength(64);
        b.Property(r => r.PhoneMasked).HasMaxLength(32);
        b.Property(r => r.Address).HasMaxLength(Resident.AddressMaxLength);
        b.Property(r => r.Village).HasMaxLength(Resident.VillageMaxLength);
        b.Property(r => r.TagCodes).HasMaxLength(1000);
        b.Property(r => r.Notes).HasMaxLength(Resident.NotesMaxLength);
        b.Ignore(r => r.Tags);

        // One resident per ID number; NULL (no number known) may repeat on every provider.
        b.HasIndex(r => r.IdNumberIndex).IsUnique();
        b.HasIndex(r => r.PhoneIndex);
        b.HasIndex(r => new { r.StationId, r.Name });
        b.HasIndex(r => r.Name);
        b.HasIndex(r => r.NameInitials);
        b.HasIndex(r => r.HouseholdId);
        b.HasOne<Station>().WithMany().HasForeignKey(r => r.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Household>().WithMany().HasForeignKey(r => r.HouseholdId).OnDelete(DeleteBehavior.Restrict);
    }
}
