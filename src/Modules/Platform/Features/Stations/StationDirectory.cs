using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Data;

namespace ModularSocialWork.Modules.Platform.Features.Stations;

/// <summary>The station tree for the host's station switcher and other modules (active stations, tree order).</summary>
internal sealed class StationDirectory(PlatformDbContext db) : IStationDirectory
{
    public async Task<IReadOnlyList<StationSummary>> GetStationsAsync(CancellationToken cancellationToken)
    {
        var stations = await db.Stations.AsNoTracking()
            .Where(s => s.IsActive)
            .Select(s => new { s.Id, s.ParentId, s.Name, s.Code, s.Level })
            .ToListAsync(cancellationToken);

        return StationTree.Flatten(stations, s => s.Id, s => s.ParentId, s => s.Code)
            .Select(x => new StationSummary(x.Node.Id, x.Node.ParentId, x.Node.Name, x.Node.Level))
            .ToList();
    }
}
