namespace ModularSocialWork.Modules.Brands.BrandTemplate;

/// <summary>Permission names (<c>&lt;Id&gt;.&lt;Thing&gt;.&lt;Verb&gt;</c>) and the policy names pages use.</summary>
internal static class BrandTemplatePermissions
{
    public const string Read = "BrandTemplate.Services.Read";
    public const string Write = "BrandTemplate.Services.Write";

    public const string ReadPolicy = "perm:" + Read;
    public const string WritePolicy = "perm:" + Write;
}
