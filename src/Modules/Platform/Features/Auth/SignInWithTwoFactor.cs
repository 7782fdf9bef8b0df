using MediatR;
using Microsoft.AspNetCore.Identity;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.Modules.Platform.Domain;
using ModularSocialWork.Modules.Platform.Features.Audit;

namespace ModularSocialWork.Modules.Platform.Features.Auth;

/// <summary>
/// Sign-in page, second step: the 6-digit code of the authenticator app, or one of the recovery codes. Identity counts
/// wrong codes towards lockout like wrong passwords.
/// </summary>
internal static class SignInWithTwoFactor
{
    public sealed record Command(string Code, bool IsRecoveryCode) : IRequest<bool>;

    internal sealed class Handler(SignInManager<StaffUser> signInManager, IAuditLog auditLog) : IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command request, CancellationToken cancellationToken)
        {
            var code = TwoFactorEnrolment.Normalize(request.Code);
            var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
            if (code.Length == 0 || user is null) return false;
            var result = request.IsRecoveryCode
                ? await signInManager.TwoFactorRecoveryCodeSignInAsync(code)
                : await signInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);

            // The password step recorded only "password accepted"; this is the sign-in itself (or its failure).
            var record = SignInAudit.For(user, result);
            await auditLog.WriteAsync(result.Succeeded || result.IsLockedOut ? record : record with { Detail = "wrong second-factor code" }, cancellationToken);
            return result.Succeeded;
        }
    }

    /// <summary>Whether a password step has left a pending two-factor sign-in (else the second page has nothing to do).</summary>
    public sealed record PendingQuery : IRequest<bool>;

    internal sealed class PendingHandler(SignInManager<StaffUser> signInManager) : IRequestHandler<PendingQuery, bool>
    {
        public async Task<bool> Handle(PendingQuery request, CancellationToken cancellationToken) =>
            await signInManager.GetTwoFactorAuthenticationUserAsync() is not null;
    }
}
