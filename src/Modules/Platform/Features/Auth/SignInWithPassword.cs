using MediatR;
using Microsoft.AspNetCore.Identity;
using ModularSocialWork.Modules.Platform.Domain;
using ModularSocialWork.Modules.Platform.Identity;

namespace ModularSocialWork.Modules.Platform.Features.Auth;

/// <summary>
/// Sign-in page, first step: checks the password and, on success, issues the session cookie, or, for an account with
/// two-factor enabled, only the short-lived two-factor cookie that the second step (<see cref="SignInWithTwoFactor"/>) needs.
/// </summary>
internal static class SignInWithPassword
{
    public enum Outcome
    {
        Failed,
        SignedIn,
        RequiresTwoFactor,
    }

    public sealed record Command(string UserName, string Password) : IRequest<Outcome>;

    internal sealed class Handler(StaffPasswordCheck check, SignInManager<StaffUser> signInManager) : IRequestHandler<Command, Outcome>
    {
        public async Task<Outcome> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await check.CheckAsync(request.UserName, request.Password);
            if (user is null) return Outcome.Failed;
            var result = await ((StaffSignInManager)signInManager).SignInOrRequireTwoFactorAsync(user);
            return result.RequiresTwoFactor ? Outcome.RequiresTwoFactor : result.Succeeded ? Outcome.SignedIn : Outcome.Failed;
        }
    }
}
