namespace ModularSocialWork.Modules.ElderlyCare;

/// <summary>Permission names as constants, because <c>[Authorize(Policy = ...)]</c> needs compile-time strings.</summary>
internal static class ElderlyCarePermissions
{
    public const string EldersRead = "ElderlyCare.Elders.Read";
    public const string EldersWrite = "ElderlyCare.Elders.Write";

    /// <summary>Same as <c>PermissionClaim.Policy(EldersRead)</c>, which is a method and so cannot be used in an attribute.</summary>
    public const string EldersReadPolicy = "perm:" + EldersRead;
}
