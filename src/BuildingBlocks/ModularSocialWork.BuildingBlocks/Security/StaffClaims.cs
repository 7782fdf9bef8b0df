namespace ModularSocialWork.BuildingBlocks.Security;

/// <summary>Claim types the Platform puts on a signed-in principal (cookie and bearer token alike).</summary>
public static class StaffClaims
{
    /// <summary>The staff member's home station id.</summary>
    public const string StationId = "msw:station";

    /// <summary>The person's name as shown in the page header (the user name is an account id, not a name).</summary>
    public const string DisplayName = "msw:display_name";

    /// <summary>Cookie holding the station chosen in the station switcher (county staff only).</summary>
    public const string ActingStationCookie = "msw.station";

    /// <summary>Permission that lets county staff look at any station and use the station switcher.</summary>
    public const string SwitchStationPermission = "Platform.Stations.SwitchAny";
}
