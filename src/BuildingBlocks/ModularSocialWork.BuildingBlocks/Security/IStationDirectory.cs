namespace ModularSocialWork.BuildingBlocks.Security;

/// <summary>The station tree, as other modules and the web shell may see it (implemented by Platform).</summary>
public interface IStationDirectory
{
    Task<IReadOnlyList<StationSummary>> GetStationsAsync(CancellationToken cancellationToken);
}

public enum StationLevel
{
    County = 0,
    Town = 1,
    Village = 2,
}

public sealed record StationSummary(Guid Id, Guid? ParentId, string Name, StationLevel Level);
