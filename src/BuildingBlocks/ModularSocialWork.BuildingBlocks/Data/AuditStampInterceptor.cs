using Microsoft.EntityFrameworkCore;
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
            if (entry.Entity is IAudited audited)
            {
                if (entry.State == EntityState.Added)
                {
                    audited.CreatedAt = now;
                    audited.CreatedBy ??= who;
                }
                else
                {
                    audited.UpdatedAt = now;
                    audited.UpdatedBy = who;
                }
            }

            if (entry.Entity is IConcurrencyVersioned versioned)
            {
                versioned.Version = Guid.NewGuid();
            }
        }
    }
}
