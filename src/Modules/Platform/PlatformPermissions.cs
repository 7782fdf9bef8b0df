using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.Platform;

/// <summary>The Platform's permissions and the policy names pages use in <c>[Authorize(Policy = ...)]</c>.</summary>
internal static class PlatformPermissions
{
    public const string StationsRead = "Platform.Stations.Read";
    public const string StationsSwitchAny = StaffClaims.SwitchStationPermission;
    public const string StaffManage = "Platform.Staff.Manage";

    /// <summary>Assign brand services (一站一特色) to stations (county admins).</summary>
    public const string BrandsAssign = "Platform.Brands.Assign";

    /// <summary>Checked by the host's Hangfire dashboard filter.</summary>
    public const string JobsDashboard = "Platform.Jobs.Dashboard";

    public const string JobsRun = "Platform.Jobs.Run";

    public const string ResidentsRead = "Platform.Residents.Read";
    public const string ResidentsWrite = "Platform.Residents.Write";
    public const string ResidentsRevealId = "Platform.Residents.RevealId";
    public const string ResidentsImport = "Platform.Residents.Import";
    public const string ResidentsExport = "Platform.Residents.Export";
    public const string AuditRead = "Platform.Audit.Read";

    // Attributes need constants, so these repeat PermissionClaim.Policy's "perm:" prefix.
    public const string StationsReadPolicy = "perm:" + StationsRead;
    public const string StaffManagePolicy = "perm:" + StaffManage;
    public const string BrandsAssignPolicy = "perm:" + BrandsAssign;
    public const string ResidentsReadPolicy = "perm:" + ResidentsRead;
    public const string ResidentsWritePolicy = "perm:" + ResidentsWrite;
    public const string ResidentsImportPolicy = "perm:" + ResidentsImport;
    public const string AuditReadPolicy = "perm:" + AuditRead;

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(StationsRead, "查看站点", "View stations", [.. StaffRoles.All]),
        new(StationsSwitchAny, "切换查看任意站点", "Switch to any station", StaffRoles.CountyAdmin),
        new(StaffManage, "管理人员账号", "Manage staff accounts", StaffRoles.CountyAdmin),
        new(BrandsAssign, "为站点分配品牌服务", "Assign brand services to stations", StaffRoles.CountyAdmin),
        new(JobsDashboard, "查看后台任务面板", "View the background jobs dashboard", StaffRoles.CountyAdmin),
        new(JobsRun, "手动运行后台任务", "Run background jobs by hand", StaffRoles.CountyAdmin),
        new(ResidentsRead, "查看居民档案", "View residents", [.. StaffRoles.All]),
        new(ResidentsWrite, "登记和修改居民档案", "Register and edit residents", [.. StaffRoles.Staff]),
        new(ResidentsRevealId, "查看完整身份证号", "Reveal full ID numbers", StaffRoles.CountyAdmin, StaffRoles.StationManager),
        new(ResidentsImport, "导入居民档案", "Import residents", StaffRoles.CountyAdmin, StaffRoles.StationManager),
        new(ResidentsExport, "导出居民档案", "Export residents", StaffRoles.CountyAdmin, StaffRoles.StationManager),
        new(AuditRead, "查看审计日志", "View the audit log", StaffRoles.CountyAdmin),
    ];
}
