using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Data.Configurations;

internal sealed class ChildProfileConfiguration : IEntityTypeConfiguration<ChildProfile>
{
    public void Configure(EntityTypeBuilder<ChildProfile> builder)
    {
        builder.ToTable("ChildProfiles");
        // Stored by name so reordering an enum can never silently change what a stored row means.
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.RiskLevel).HasConversion<string>().HasMaxLength(16);
        // One child-protection profile per resident; lists are always filtered by station.
        builder.HasIndex(c => c.ResidentId).IsUnique();
        builder.HasIndex(c => c.StationId);
    }
}
