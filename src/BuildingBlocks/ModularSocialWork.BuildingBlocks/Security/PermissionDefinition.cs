namespace ModularSocialWork.BuildingBlocks.Security;

/// <summary>
/// A permission a module defines, named <c>&lt;ModuleId&gt;.&lt;Thing&gt;.&lt;Verb&gt;</c>, and the roles that hold it by default.
/// </summary>
public sealed record PermissionDefinition(string Name, string DisplayNameZh, string DisplayNameEn, params string[] DefaultRoles);

/// <summary>The five seeded roles. Names are stable identifiers; display names are localised in the UI.</summary>
public static class StaffRoles
{
    public const string CountyAdmin = "CountyAdmin";
    public const string StationManager = "StationManager";
    public const string SocialWorker = "SocialWorker";
    public const string VolunteerCoordinator = "VolunteerCoordinator";
    public const string Viewer = "Viewer";

    public static readonly IReadOnlyList<string> All = [CountyAdmin, StationManager, SocialWorker, VolunteerCoordinator, Viewer];

    /// <summary>Everyone who works on cases and visits.</summary>
    public static readonly string[] Staff = [CountyAdmin, StationManager, SocialWorker];

    public static string DisplayNameZh(string role) => role switch
    {
        CountyAdmin => "县级管理员",
        StationManager => "站长",
        SocialWorker => "社工",
        VolunteerCoordinator => "志愿者协调员",
        Viewer => "只读查看",
        _ => role,
    };

    public static string DisplayNameEn(string role) => role switch
    {
        CountyAdmin => "County admin",
        StationManager => "Station manager",
        SocialWorker => "Social worker",
        VolunteerCoordinator => "Volunteer coordinator",
        Viewer => "Viewer",
        _ => role,
    };
}

public static class PermissionClaim
{
    /// <summary>Claim type carried by role claims (Identity) and therefore by cookies and bearer tokens.</summary>
    public const string Type = "msw:permission";

    /// <summary>Authorization policy name for a permission: <c>perm:&lt;name&gt;</c>.</summary>
    public const string PolicyPrefix = "perm:";

    public static string Policy(string permission) => PolicyPrefix + permission;
}
