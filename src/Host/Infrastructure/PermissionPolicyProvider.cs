using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Host.Infrastructure;

/// <summary>
/// Turns policy names <c>perm:&lt;permission&gt;</c> into "authenticated and holds that permission claim", so modules
/// declare permissions without registering policies. A permission of a disabled module is held by no one.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    private const string Prefix = "perm:";

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireClaim(PermissionClaim.Type, policyName[Prefix.Length..])
                .Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}
