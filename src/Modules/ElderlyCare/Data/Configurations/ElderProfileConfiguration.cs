using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Data.Configurations;

internal sealed class ElderProfileConfiguration : IEntityTypeConfiguration<ElderProfile>
{
    public void Configure(EntityTypeBuilder<ElderProfile> builder)
    {
        builder.ToTable("ElderProfiles");
        // Enums stored by name so reordering an enum can never silently change what a stored row means.
        builder.Property(e => e.RiskTier).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.DerivedTier).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.TierOverride).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.LivingSituation).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Name).HasMaxLength(ElderProfile.NameMaxLength);
        builder.Property(e => e.TagCodes).HasMaxLength(300);
        builder.Property(e => e.HealthNotes).HasMaxLength(2000);
        builder.Property(e => e.TierOverrideReason).HasMaxLength(500);
        builder.Property(e => e.Notes).HasMaxLength(ElderProfile.NotesMaxLength);
        // One elderly-care profile per resident; lists are always filtered by station.
        builder.HasIndex(e => e.ResidentId).IsUnique();
        builder.HasIndex(e => new { e.StationId, e.Name });
        // The daily sweep looks for elders whose birthday crossed a policy age (80) since the last run: a range seek on
        // BirthDate instead of a scan of every profile (1 M profiles in the sweep benchmark).
        builder.HasIndex(e => e.BirthDate);
        builder.HasMany(e => e.Contacts).WithOne().HasForeignKey(c => c.ElderProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ElderContactConfiguration : IEntityTypeConfiguration<ElderContact>
{
    public void Configure(EntityTypeBuilder<ElderContact> builder)
    {
        builder.ToTable("ElderContacts");
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Name).HasMaxLength(50);
        builder.Property(c => c.Relationship).HasMaxLength(20);
        builder.Property(c => c.PhoneCipher).HasMaxLength(200);
        builder.Property(c => c.PhoneMasked).HasMaxLength(20);
    }
}
