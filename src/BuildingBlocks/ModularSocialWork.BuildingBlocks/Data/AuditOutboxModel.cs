using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>The <c>AuditOutbox</c> table of a module that keeps one (<see cref="ModuleDbContext"/>).</summary>
internal static class AuditOutboxModel
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        var b = modelBuilder.Entity<AuditOutboxMessage>();
        b.ToTable(AuditOutboxMessage.TableName);
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.UserName).HasMaxLength(AuditOutboxMessage.UserNameLength);
        b.Property(m => m.Role).HasMaxLength(AuditOutboxMessage.RoleLength);
        b.Property(m => m.Action).HasMaxLength(AuditOutboxMessage.ActionLength);
        b.Property(m => m.EntityType).HasMaxLength(AuditOutboxMessage.EntityTypeLength);
        b.Property(m => m.EntityId).HasMaxLength(AuditOutboxMessage.EntityIdLength);
        b.Property(m => m.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(m => m.Detail).HasMaxLength(AuditOutboxMessage.DetailLength);
        b.Property(m => m.ClientIp).HasMaxLength(AuditOutboxMessage.ClientIpLength);
        b.Property(m => m.RequestId).HasMaxLength(AuditOutboxMessage.RequestIdLength);
    }
}
