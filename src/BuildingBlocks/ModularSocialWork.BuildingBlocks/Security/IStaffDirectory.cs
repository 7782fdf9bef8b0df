namespace ModularSocialWork.BuildingBlocks.Security;

/// <summary>Staff accounts as other modules may see them (assigning a worker, showing a name); implemented by Platform.</summary>
public interface IStaffDirectory
{
    Task<StaffSummary?> FindAsync(Guid userId, CancellationToken cancellationToken);

    Task<StaffSummary?> FindByUserNameAsync(string userName, CancellationToken cancellationToken);

    /// <summary>Active staff of a station and its sub-stations (all active staff when null).</summary>
    Task<IReadOnlyList<StaffSummary>> ListAsync(Guid? stationId, CancellationToken cancellationToken);
}

public sealed record StaffSummary(Guid Id, string UserName, string DisplayName, string? Role, Guid StationId);
