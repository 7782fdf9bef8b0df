using Microsoft.AspNetCore.Identity;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Features.Auth;

/// <summary>
/// The one place a user name and password are checked, for the sign-in page and the token endpoint alike: counts
/// failures towards lockout, refuses deactivated accounts, and never tells the caller which of these it was.
/// </summary>
internal sealed class StaffPasswordCheck(SignInManager<StaffUser> signInManager)
{
    // Hash of a throw-away password: unknown user names cost one hash verification too, so timing does not reveal them.
    private static readonly Lazy<string> DecoyHash =
        new(() => new PasswordHasher<StaffUser>().HashPassword(new StaffUser(), Guid.NewGuid().ToString("N")));

    public async Task<StaffUser?> CheckAsync(string userName, string password)
    {
        var user = await signInManager.UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            signInManager.UserManager.PasswordHasher.VerifyHashedPassword(new StaffUser(), DecoyHash.Value, password);
            return null;
        }

        // Locked out, deactivated (StaffSignInManager.CanSignInAsync) and wrong password all end here as "not succeeded".
        var result = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return result.Succeeded ? user : null;
    }
}
