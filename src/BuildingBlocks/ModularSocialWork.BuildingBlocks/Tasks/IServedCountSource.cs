namespace ModularSocialWork.BuildingBlocks.Tasks;

/// <summary>
/// A module's served counts per station (服务人次 / 服务人数) for a date range, within the caller's station scope. The
/// 工作台 and the station page sum them over every enabled module, and show them per brand service.
/// </summary>
public interface IServedCountSource
{
    /// <summary>The module reporting (its manifest id).</summary>
    string ModuleId { get; }

    /// <summary>Counts for the dates <paramref name="from"/> to <paramref name="to"/> (both inclusive), one row per station.</summary>
    Task<IReadOnlyList<StationServedCount>> GetServedCountsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

/// <summary>服务人次 (services given, each to one person counts 1) and 服务人数 (distinct people) at one station.</summary>
public sealed record StationServedCount(Guid StationId, int ServiceTimes, int PeopleServed);
