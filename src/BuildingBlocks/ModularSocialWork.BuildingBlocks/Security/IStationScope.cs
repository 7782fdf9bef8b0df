namespace ModularSocialWork.BuildingBlocks.Security;

/// <summary>
/// Which stations the current request may see: the acting station's subtree for station staff, everything for county
/// staff working at county level and for system work (jobs, seeding). Enforced centrally: module contexts filter every
/// <see cref="IStationScoped"/> entity by it, so no handler can forget; a record outside the scope is simply "not found".
/// </summary>
public interface IStationScope
{
    /// <summary>Null when unrestricted; otherwise the visible station ids (the acting station and its descendants).</summary>
    IReadOnlyCollection<Guid>? VisibleStationIds { get; }

    bool CanSee(Guid stationId);
}

/// <summary>An entity that belongs to a station; module contexts add the station-scope query filter for it.</summary>
public interface IStationScoped
{
    Guid StationId { get; }
}

/// <summary>Used where no request is in flight (design time, tests of the model): sees everything.</summary>
public sealed class UnrestrictedStationScope : IStationScope
{
    public static readonly UnrestrictedStationScope Instance = new();

    public IReadOnlyCollection<Guid>? VisibleStationIds => null;

    public bool CanSee(Guid stationId) => true;
}
