namespace ModularSocialWork.Modules.ChildProtection;

/// <summary>Permission names as constants, because <c>[Authorize(Policy = ...)]</c> needs compile-time strings.</summary>
internal static class ChildProtectionPermissions
{
    /// <summary>Read children and their cases (within station scope; every read of a record is audited).</summary>
    public const string CasesRead = "ChildProtection.Cases.Read";

    /// <summary>Profiles, cases, assessments, plans, follow-ups, visits, referrals and answering referrals.</summary>
    public const string CasesWrite = "ChildProtection.Cases.Write";

    /// <summary>The supervisor's decisions at assessment, plan and closure (station managers, county admins).</summary>
    public const string CasesApprove = "ChildProtection.Cases.Approve";

    /// <summary>See and change children's health and disability fields (field-level, enforced on the server).</summary>
    public const string HealthRead = "ChildProtection.Health.Read";

    /// <summary>Export the children list and figures to Excel.</summary>
    public const string ReportsExport = "ChildProtection.Reports.Export";

    /// <summary>Edit the county's visit cadence per child category.</summary>
    public const string PolicyManage = "ChildProtection.Policy.Manage";

    /// <summary>Run the visit-reminder sweep now.</summary>
    public const string RemindersRun = "ChildProtection.Reminders.Run";

    /// <summary>See every open reminder and follow-up of the acting station scope in 我的待办 (not only one's own).</summary>
    public const string RemindersManageStation = "ChildProtection.Reminders.ManageStation";

    /// <summary>Same as <c>PermissionClaim.Policy(CasesRead)</c>, which is a method and so cannot be used in an attribute.</summary>
    public const string CasesReadPolicy = "perm:" + CasesRead;
    public const string CasesWritePolicy = "perm:" + CasesWrite;
}
