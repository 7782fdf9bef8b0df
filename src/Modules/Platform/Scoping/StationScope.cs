using Microsoft.AspNetCore.Http;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.Platform.Scoping;

/// <summary>
/// The request's station scope (registered as <see cref="IStationScope"/>), read by every module context's query filter
/// and by the write guard:
/// <list type="bullet">
/// <item>no request in flight (jobs, seeding, start-up): unrestricted;</item>
/// <item>a request without a signed-in user: nothing (anonymous endpoints never read station data);</item>
/// <item>acting at county level (county staff at home, or anyone allowed to switch who chose the county root): unrestricted;</item>
/// <item>otherwise the acting station (the switcher's choice for county staff, else the home station) and its
/// descendants; an acting station that no longer exists falls back to the home station, and an account whose station is
/// unknown sees nothing.</item>
/// </list>
/// Computed once per request scope; the station tree comes from <see cref="StationTreeCache"/>.
/// </summary>
internal sealed class StationScope(IHttpContextAccessor http, ICurrentStaff staff, StationTreeCache tree) : IStationScope
{
    private bool computed;
    private IReadOnlyCollection<Guid>? visible;
    private HashSet<Guid>? visibleSet;

    public IReadOnlyCollection<Guid>? VisibleStationIds
    {
        get
        {
            Compute();
            return visible;
        }
    }

    public bool CanSee(Guid stationId)
    {
        Compute();
        return visibleSet is null || visibleSet.Contains(stationId);
    }

    private void Compute()
    {
        if (computed) return;
        visible = Resolve();
        visibleSet = visible is null ? null : [.. visible];
        computed = true;
    }

    private IReadOnlyCollection<Guid>? Resolve()
    {
        if (http.HttpContext is null) return null;
        if (!staff.IsAuthenticated) return [];

        var snapshot = tree.Get();
        var station = staff.ActingStationId is { } acting && snapshot.TryGet(acting, out var actingNode) ? actingNode
            : staff.HomeStationId is { } home && snapshot.TryGet(home, out var homeNode) ? homeNode
            : null;
        if (station is null) return [];

        // Acting at the county root means the whole county, including records of stations since removed.
        return station.Level == StationLevel.County ? null : snapshot.Subtree(station.Id);
    }
}
