using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Data.Configurations;

internal sealed class ElderProfileConfiguration : IEntityTypeConfiguration<ElderProfile>
{
    public void Configure(EntityTypeBuilder<ElderProfile> builder)
    {
        builder.ToTable("ElderProfiles");
        // Stored by name so reordering the enum can never silently change what a stored row means.
        builder.Property(e => e.RiskTier).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Notes).HasMaxLength(ElderProfile.NotesMaxLength);
        // One elderly-care profile per resident; lists are always filtered by station.
        builder.HasIndex(e => e.ResidentId).IsUnique();
        builder.HasIndex(e => e.StationId);
    }
}
