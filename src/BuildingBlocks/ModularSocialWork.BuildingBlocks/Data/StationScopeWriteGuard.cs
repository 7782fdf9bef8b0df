using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>
/// The write half of station scoping, for every module context: no save may add, change or delete an
/// <see cref="IStationScoped"/> entity outside the request's <see cref="IStationScope"/>, whatever the handler did
/// (attached an entity, ignored the query filter, or moved a record to another station).
/// A record whose stored station is outside the scope answers 404 (its existence is not leaked); putting a record into a
/// station outside the scope answers 403. Nothing of the save is written in either case.
/// One instance for the process (contexts are pooled): the scope is the one of the request the saving context serves.
/// </summary>
public sealed class StationScopeWriteGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null) return;
        var scope = DbContextLease.StationScopeOf(context);
        if (scope.VisibleStationIds is null) return;
        foreach (var entry in context.ChangeTracker.Entries<IStationScoped>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    RequireVisibleTarget(scope, entry);
                    break;
                case EntityState.Modified:
                    RequireVisibleOrigin(scope, entry);
                    RequireVisibleTarget(scope, entry);
                    break;
                case EntityState.Deleted:
                    RequireVisibleOrigin(scope, entry);
                    break;
            }
        }
    }

    private static void RequireVisibleOrigin(IStationScope scope, EntityEntry<IStationScoped> entry)
    {
        if (StationProperty(entry) is { OriginalValue: Guid original } && !scope.CanSee(original))
        {
            throw new NotFoundException();
        }
    }

    private static void RequireVisibleTarget(IStationScope scope, EntityEntry<IStationScoped> entry)
    {
        if (!scope.CanSee(entry.Entity.StationId))
        {
            throw new ForbiddenException("不能在您所属站点范围以外登记或修改记录。");
        }
    }

    /// <summary>The mapped StationId property (an entity may implement the interface explicitly over another property).</summary>
    private static PropertyEntry? StationProperty(EntityEntry<IStationScoped> entry) =>
        entry.Metadata.FindProperty(nameof(IStationScoped.StationId)) is { } property ? entry.Property(property) : null;
}
