using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Identity;

/// <summary>
/// Keeps a signed-in person on the account pages until the account meets the policy: a password an administrator reset
/// must be changed first (<c>/account/password</c>); at L3 two-factor must be enrolled first (<c>/account/two-factor</c>).
/// A global Razor Pages filter, so every module's pages are covered; the API is guarded at the token endpoint.
/// </summary>
internal sealed class AccountPolicyPageFilter(UserManager<StaffUser> users, AccountPolicy policy) : IAsyncPageFilter
{
    public const string ChangePasswordPath = "/account/password";
    public const string TwoFactorPath = "/account/two-factor";

    /// <summary>Pages reachable whatever the account's state (the two above, sign-in, sign-out, error pages).</summary>
    private static readonly string[] AlwaysAllowed = ["/account", "/error"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var redirect = await RequiredPageAsync(context.HttpContext);
        if (redirect is not null)
        {
            context.Result = new RedirectResult(redirect);
            return;
        }

        await next();
    }

    private async Task<string?> RequiredPageAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated != true) return null;
        if (AlwaysAllowed.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))) return null;

        var user = await users.GetUserAsync(http.User);
        if (user is null) return null; // the security stamp check signs this session out
        if (user.MustChangePassword) return ChangePasswordPath;
        if (policy.TwoFactorRequired && !user.TwoFactorEnabled) return TwoFactorPath;
        return null;
    }
}
