using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Identity;

/// <summary>
/// Refuses deactivated accounts everywhere Identity decides about signing in: password sign-in (NotAllowed), and the
/// periodic security stamp check, so an open session of a deactivated account ends within the validation interval.
/// </summary>
internal sealed class StaffSignInManager(
    UserManager<StaffUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation)
    : SignInManager<StaffUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(StaffUser user) => user.IsActive && await base.CanSignInAsync(user);

    /// <summary>
    /// After a password check succeeded: issues the session cookie, or, when the account has two-factor enabled, only the
    /// short-lived two-factor cookie that <see cref="SignInManager{TUser}.TwoFactorAuthenticatorSignInAsync"/> needs.
    /// </summary>
    public Task<SignInResult> SignInOrRequireTwoFactorAsync(StaffUser user) => SignInOrTwoFactorAsync(user, isPersistent: false);

    public override async Task<bool> ValidateSecurityStampAsync(StaffUser? user, string? securityStamp) =>
        user is { IsActive: true } && await base.ValidateSecurityStampAsync(user, securityStamp);
}
