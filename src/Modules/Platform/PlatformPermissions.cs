using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.Platform;

/// <summary>The Platform's permissions and the policy names pages use in <c>[Authorize(Policy = ...)]</c>.</summary>
internal static class PlatformPermissions
{
    public const string StationsRead = "Platform.Stations.Read";
    public const string StationsSwitchAny = StaffClaims.SwitchStationPermission;
    public const string StaffManage = "Platform.Staff.Manage";

    /// <summary>Checked by the host's Hangfire dashboard filter.</summary>
    public const string JobsDashboard = "Platform.Jobs.Dashboard";

    public const string JobsRun = "Platform.Jobs.Run";

    // Attributes need constants, so these repeat PermissionClaim.Policy's "perm:" prefix.
    public const string StationsReadPolicy = "perm:" + StationsRead;
    public const string StaffManagePolicy = "perm:" + StaffManage;

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(StationsRead, "查看站点", "View stations", [.. StaffRoles.All]),
        new(StationsSwitchAny, "切换查看任意站点", "Switch to any station", StaffRoles.CountyAdmin),
        new(StaffManage, "管理人员账号", "Manage staff accounts", StaffRoles.CountyAdmin),
        new(JobsDashboard, "查看后台任务面板", "View the background jobs dashboard", StaffRoles.CountyAdmin),
        new(JobsRun, "手动运行后台任务", "Run background jobs by hand", StaffRoles.CountyAdmin),
    ];
}
