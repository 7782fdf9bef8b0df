using Microsoft.AspNetCore.Identity;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.Modules.Platform.Domain;
using ModularSocialWork.Modules.Platform.Features.Audit;

namespace ModularSocialWork.Modules.Platform.Features.Auth;

/// <summary>
/// The one place a user name and password are checked, for the sign-in page and the token endpoint alike: counts
/// failures towards lockout, refuses deactivated accounts, and never tells the caller which of these it was.
/// </summary>
internal sealed class StaffPasswordCheck(SignInManager<StaffUser> signInManager, IAuditLog auditLog)
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
            await AuditAsync(new AuditRecord(SignInAudit.SignIn, "StaffUser", null, AuditOutcome.Failure, "unknown user", userName));
            return null;
        }

        // Locked out, deactivated (StaffSignInManager.CanSignInAsync) and wrong password all end here as "not succeeded".
        var result = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        await AuditAsync(SignInAudit.For(user, result));
        return result.Succeeded ? user : null;
    }

    // Sign-in attempts are audited here, the one place both the page and the token endpoint pass (SignInAudit).
    private Task AuditAsync(AuditRecord record) => auditLog.WriteAsync(record, CancellationToken.None);
}
