using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularSocialWork.Modules.Platform.Domain.Residents;

namespace ModularSocialWork.Modules.Platform.Data.Configurations;

internal sealed class ResidentConsentConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.ToTable("ResidentConsents");
        b.Property(c => c.GivenBy).HasMaxLength(ConsentRecord.GivenByMaxLength);
        b.Property(c => c.Scope).HasMaxLength(ConsentRecord.ScopeMaxLength);
        b.HasIndex(c => c.ResidentId);
        // Cascade is not used: the ledger keeps consent records (processing records are kept ≥ 3 years).
        b.HasOne<Resident>().WithMany().HasForeignKey(c => c.ResidentId).OnDelete(DeleteBehavior.Restrict);
    }
}
