using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>
/// The station-scope query filter every module context puts on its <see cref="IStationScoped"/> entities. The filter
/// reads the context's <see cref="IStationScopeSource"/> members, which EF turns into query parameters, so one cached
/// query plan serves every user while each request sees only its own stations.
/// </summary>
public static class StationScopeFilter
{
    /// <summary>The request's scope, found through the application services the context was created from.</summary>
    public static IStationScope Resolve(DbContext context) => DbContextLease.StationScopeOf(context);

    public static void Apply<TContext>(ModelBuilder modelBuilder, TContext context) where TContext : DbContext, IStationScopeSource
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (!typeof(IStationScoped).IsAssignableFrom(entityType.ClrType) || entityType.BaseType is not null) continue;

            // e => context.ScopeIsUnrestricted || context.ScopeStationIds.Contains(e.StationId)
            var entity = Expression.Parameter(entityType.ClrType, "e");
            var self = Expression.Constant(context);
            var unrestricted = Expression.Property(self, nameof(IStationScopeSource.ScopeIsUnrestricted));
            var ids = Expression.Property(self, nameof(IStationScopeSource.ScopeStationIds));
            var stationId = Expression.Property(entity, nameof(IStationScoped.StationId));
            var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], ids, stationId);
            var body = Expression.OrElse(unrestricted, contains);
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(Expression.Lambda(body, entity));
        }
    }
}

/// <summary>What a context exposes for the station-scope filter (public so EF can read it as a query parameter).</summary>
public interface IStationScopeSource
{
    bool ScopeIsUnrestricted { get; }

    IReadOnlyCollection<Guid> ScopeStationIds { get; }
}
