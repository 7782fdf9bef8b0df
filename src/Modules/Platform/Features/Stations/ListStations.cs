using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Data;

namespace ModularSocialWork.Modules.Platform.Features.Stations;

/// <summary>The station tree as a flat, depth-first list (parents before children), with agency names.</summary>
internal static class ListStations
{
    [BuildingBlocks.Mediation.RequiresPermission(PlatformPermissions.StationsRead)]
    public sealed record Query(bool IncludeInactive = false) : IRequest<IReadOnlyList<StationItem>>;

    public sealed record StationItem(
        Guid Id, Guid? ParentId, string Name, string Code, StationLevel Level, string LevelName, int Depth,
        Guid? AgencyId, string? AgencyName, bool IsActive);

    internal sealed class Handler(PlatformDbContext db) : IRequestHandler<Query, IReadOnlyList<StationItem>>
    {
        public async Task<IReadOnlyList<StationItem>> Handle(Query request, CancellationToken cancellationToken)
        {
            var stations = await db.Stations.AsNoTracking()
                .Where(s => request.IncludeInactive || s.IsActive)
                .ToListAsync(cancellationToken);
            var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);

            return StationTree.Flatten(stations, s => s.Id, s => s.ParentId, s => s.Code)
                .Select(x => new StationItem(
                    x.Node.Id, x.Node.ParentId, x.Node.Name, x.Node.Code, x.Node.Level, StationLevelNames.Display(x.Node.Level),
                    x.Depth, x.Node.AgencyId,
                    x.Node.AgencyId is { } agencyId && agencies.TryGetValue(agencyId, out var name) ? name : null,
                    x.Node.IsActive))
                .ToList();
        }
    }
}
