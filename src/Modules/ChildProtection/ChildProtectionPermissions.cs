namespace ModularSocialWork.Modules.ChildProtection;

/// <summary>Permission names as constants, because <c>[Authorize(Policy = ...)]</c> needs compile-time strings.</summary>
internal static class ChildProtectionPermissions
{
    public const string CasesRead = "ChildProtection.Cases.Read";
    public const string CasesWrite = "ChildProtection.Cases.Write";

    /// <summary>Same as <c>PermissionClaim.Policy(CasesRead)</c>, which is a method and so cannot be used in an attribute.</summary>
    public const string CasesReadPolicy = "perm:" + CasesRead;
}
