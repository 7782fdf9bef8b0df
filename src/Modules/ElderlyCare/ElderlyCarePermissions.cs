namespace ModularSocialWork.Modules.ElderlyCare;

/// <summary>Permission names as constants, because <c>[Authorize(Policy = ...)]</c> needs compile-time strings.</summary>
internal static class ElderlyCarePermissions
{
    public const string EldersRead = "ElderlyCare.Elders.Read";
    public const string EldersWrite = "ElderlyCare.Elders.Write";

    /// <summary>Edit the county's tier rules and visit cadences (county admins).</summary>
    public const string PolicyManage = "ElderlyCare.Policy.Manage";

    /// <summary>See elders' health notes (field-level, enforced on the server).</summary>
    public const string HealthRead = "ElderlyCare.Health.Read";

    public const string EldersWritePolicy = "perm:" + EldersWrite;
    public const string PolicyManagePolicy = "perm:" + PolicyManage;

    /// <summary>Run the visit-reminder sweep now from the overdue board (county admins, station managers).</summary>
    public const string RemindersRun = "ElderlyCare.Reminders.Run";

    /// <summary>See every open reminder of the acting station scope in 我的待办 (station managers, county admins).</summary>
    public const string RemindersManageStation = "ElderlyCare.Reminders.ManageStation";

    /// <summary>Same as <c>PermissionClaim.Policy(EldersRead)</c>, which is a method and so cannot be used in an attribute.</summary>
    public const string EldersReadPolicy = "perm:" + EldersRead;

    /// <summary>Export the monthly figures report to Excel (county admins, station managers).</summary>
    public const string ReportsExport = "ElderlyCare.Reports.Export";
}
