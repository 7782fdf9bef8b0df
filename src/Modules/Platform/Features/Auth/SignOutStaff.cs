using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Features.Auth;

/// <summary>Ends the cookie session and forgets the station chosen in the switcher.</summary>
internal static class SignOutStaff
{
    public sealed record Command : IRequest;

    internal sealed class Handler(SignInManager<StaffUser> signInManager, IHttpContextAccessor accessor) : IRequestHandler<Command>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            await signInManager.SignOutAsync();
            accessor.HttpContext?.Response.Cookies.Delete(StaffClaims.ActingStationCookie);
            return Unit.Value;
        }
    }
}
