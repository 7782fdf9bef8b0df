using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Domain;
using ModularSocialWork.Modules.Platform.Features.Audit;

namespace ModularSocialWork.Modules.Platform.Features.Auth;

/// <summary>Ends the cookie session and forgets the station chosen in the switcher.</summary>
internal static class SignOutStaff
{
    public sealed record Command : IRequest;

    internal sealed class Handler(SignInManager<StaffUser> signInManager, IHttpContextAccessor accessor, ICurrentStaff currentStaff, IAuditLog auditLog)
        : IRequestHandler<Command>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            // Recorded while the user is still known; an expired session signing out has nobody to record.
            if (currentStaff.IsAuthenticated)
            {
                await auditLog.WriteAsync(
                    new AuditRecord(SignInAudit.SignOut, SignInAudit.EntityType, currentStaff.UserId?.ToString()), CancellationToken.None);
            }

            await signInManager.SignOutAsync();
            accessor.HttpContext?.Response.Cookies.Delete(StaffClaims.ActingStationCookie);
            return Unit.Value;
        }
    }
}
