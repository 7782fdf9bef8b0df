using Microsoft.AspNetCore.Identity;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Features.Audit;

/// <summary>
/// Audit actions for signing in and out. The attempted user name is recorded as the row's user (it is an account id,
/// not personal data); the detail says only which kind of failure it was, never the password.
/// </summary>
internal static class SignInAudit
{
    public const string SignIn = "SignIn";
    public const string LockedOut = "SignIn.LockedOut";
    public const string PasswordAccepted = "SignIn.PasswordAccepted";
    public const string SignOut = "SignOut";
    public const string EntityType = "StaffUser";

    public static AuditRecord For(StaffUser user, SignInResult result)
    {
        var id = user.Id.ToString();
        return result switch
        {
            { Succeeded: true } => new AuditRecord(SignIn, EntityType, id, AuditOutcome.Success, null, user.UserName),
            { IsLockedOut: true } => new AuditRecord(LockedOut, EntityType, id, AuditOutcome.Denied, "account locked out", user.UserName),
            { IsNotAllowed: true } => new AuditRecord(SignIn, EntityType, id, AuditOutcome.Denied, "account not allowed to sign in", user.UserName),
            // Not signed in yet: the second-factor step records the real sign-in.
            { RequiresTwoFactor: true } => new AuditRecord(PasswordAccepted, EntityType, id, AuditOutcome.Success, "second factor required", user.UserName),
            _ => new AuditRecord(SignIn, EntityType, id, AuditOutcome.Failure, "wrong password", user.UserName),
        };
    }
}
