using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Identity;

/// <summary>
/// Builds the principal put in cookies and bearer tokens: Identity's claims (id, name, roles, role claims) plus the home
/// station and display name. Permission claims of disabled modules are dropped here, so switching a module off takes its
/// permissions away without touching the role data (switching it on again restores them).
/// </summary>
internal sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffUser> userManager,
    RoleManager<StaffRole> roleManager,
    IOptions<IdentityOptions> options,
    IPermissionCatalog permissionCatalog)
    : UserClaimsPrincipalFactory<StaffUser, StaffRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        KeepKnownPermissions(identity, permissionCatalog);
        identity.AddClaim(new Claim(StaffClaims.StationId, user.StationId.ToString("D", CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(StaffClaims.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        return identity;
    }

    /// <summary>Removes permission claims the catalog does not know, and duplicates coming from several roles.</summary>
    internal static void KeepKnownPermissions(ClaimsIdentity identity, IPermissionCatalog catalog)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in identity.FindAll(PermissionClaim.Type).ToList())
        {
            if (!catalog.Contains(claim.Value) || !seen.Add(claim.Value)) identity.RemoveClaim(claim);
        }
    }
}
