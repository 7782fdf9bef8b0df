using MediatR;
using Microsoft.AspNetCore.Identity;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Features.Auth;

/// <summary>Sign-in page: checks the password and, on success, issues the session cookie.</summary>
internal static class SignInWithPassword
{
    public sealed record Command(string UserName, string Password) : IRequest<bool>;

    internal sealed class Handler(StaffPasswordCheck check, SignInManager<StaffUser> signInManager) : IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = await check.CheckAsync(request.UserName, request.Password);
            if (user is null) return false;
            await signInManager.SignInAsync(user, isPersistent: false);
            return true;
        }
    }
}
