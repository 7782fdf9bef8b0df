using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularSocialWork.Modules.Platform.Domain.Audit;

namespace ModularSocialWork.Modules.Platform.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        // The sequence is the key and is assigned by the application from the chain head, never by the database:
        // the primary key is what refuses a second row with the same sequence from a concurrent host.
        b.HasKey(e => e.Sequence);
        b.Property(e => e.Sequence).ValueGeneratedNever();
        b.Property(e => e.UserName).HasMaxLength(AuditEntry.UserNameLength);
        b.Property(e => e.Role).HasMaxLength(AuditEntry.RoleLength);
        b.Property(e => e.Action).HasMaxLength(AuditEntry.ActionLength);
        b.Property(e => e.EntityType).HasMaxLength(AuditEntry.EntityTypeLength);
        b.Property(e => e.EntityId).HasMaxLength(AuditEntry.EntityIdLength);
        b.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Detail).HasMaxLength(AuditEntry.DetailLength);
        b.Property(e => e.ClientIp).HasMaxLength(AuditEntry.ClientIpLength);
        b.Property(e => e.RequestId).HasMaxLength(AuditEntry.RequestIdLength);
        b.Property(e => e.PreviousHash).HasMaxLength(AuditEntry.HashLength).IsFixedLength();
        b.Property(e => e.Hash).HasMaxLength(AuditEntry.HashLength).IsFixedLength();
        // The viewer filters by time, user, action and entity, newest first.
        b.HasIndex(e => e.At);
        b.HasIndex(e => new { e.UserName, e.Sequence });
        b.HasIndex(e => new { e.Action, e.Sequence });
        b.HasIndex(e => new { e.EntityType, e.EntityId });
        // A module outbox row is linked once, however often it is forwarded (a crash between append and outbox delete,
        // two hosts forwarding the same module database).
        b.HasIndex(e => e.OutboxId).IsUnique();
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    /// <summary>Fixed so the seeded row is the same in every migration.</summary>
    private static readonly Guid SeedVersion = new("0b5e7c1a-9d7e-4a53-8a55-0c1a2d0a0001");

    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.ToTable("AuditChainHead");
        b.HasKey(h => h.Id);
        b.Property(h => h.Id).ValueGeneratedNever();
        b.Property(h => h.LastHash).HasMaxLength(AuditEntry.HashLength).IsFixedLength();
        b.Property(h => h.AnchorHash).HasMaxLength(AuditEntry.HashLength).IsFixedLength();
        b.Property(h => h.Version).IsConcurrencyToken();
        b.HasData(new AuditChainHead
        {
            Id = AuditChainHead.SingletonId,
            LastSequence = 0,
            LastHash = AuditHash.Genesis,
            AnchorSequence = 1,
            AnchorHash = AuditHash.Genesis,
            Version = SeedVersion,
        });
    }
}
