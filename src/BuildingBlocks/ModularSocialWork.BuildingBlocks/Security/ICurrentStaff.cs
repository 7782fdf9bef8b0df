namespace ModularSocialWork.BuildingBlocks.Security;

/// <summary>The signed-in staff member of the current request (or job); modules never read HttpContext directly.</summary>
public interface ICurrentStaff
{
    bool IsAuthenticated { get; }
    Guid? UserId { get; }
    string? UserName { get; }

    /// <summary>The person's name for display; falls back to the user name.</summary>
    string? DisplayName { get; }
    string? Role { get; }

    /// <summary>The station the account belongs to; null only for system work (jobs, seeding).</summary>
    Guid? HomeStationId { get; }

    /// <summary>The station currently chosen in the station switcher (county staff), else the home station.</summary>
    Guid? ActingStationId { get; }

    bool HasPermission(string permission);
}
