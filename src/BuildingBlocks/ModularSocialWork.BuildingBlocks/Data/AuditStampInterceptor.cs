using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>
/// Stamps created/updated by/at and rotates the concurrency token on every save of every module. One instance for the
/// process (contexts are pooled): the staff member is the one of the request the saving context serves.
/// </summary>
public sealed class AuditStampInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null) return;
        var now = clock.GetUtcNow();
        var who = DbContextLease.StaffOf(context)?.UserName ?? "system";
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            var added = entry.State == EntityState.Added;
            if (entry.Entity is IAudited audited)
            {
                if (added)
                {
                    audited.CreatedAt = now;
                    audited.CreatedBy ??= who;
                }
                else
                {
                    Assign(entry, nameof(IAudited.UpdatedAt), now, () => audited.UpdatedAt = now);
                    Assign(entry, nameof(IAudited.UpdatedBy), who, () => audited.UpdatedBy = who);
                }
            }

            if (entry.Entity is IConcurrencyVersioned versioned)
            {
                var version = Guid.NewGuid();
                if (added) versioned.Version = version;
                else Assign(entry, nameof(IConcurrencyVersioned.Version), version, () => versioned.Version = version);
            }
        }
    }

    /// <summary>
    /// Through the change tracker, so the property is marked modified at once: saves run with automatic change detection
    /// off after detecting once on the caller's thread (<see cref="SqliteWriteGate"/>), and a plain property assignment
    /// on an already modified entity would then go unsaved.
    /// </summary>
    private static void Assign(EntityEntry entry, string property, object? value, Action unmapped)
    {
        if (entry.Metadata.FindProperty(property) is { } mapped) entry.Property(mapped).CurrentValue = value;
        else unmapped();
    }
}
