using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModularSocialWork.Modules.Platform.Data;

namespace ModularSocialWork.Modules.Platform.Identity;

/// <summary>
/// Bearer tokens carry the security stamp of the moment they were issued, but Identity's bearer handler never compares
/// it. This hook of the bearer handler (<see cref="BearerTokenEvents.OnMessageReceived"/>, before the handler reads the
/// token itself) does: a token whose stamp no longer matches the account's (password changed or reset, account
/// disabled, role or station changed, two-factor switched) or whose account is deactivated or gone makes authentication
/// fail, so the request is answered 401 like one without a token. Stamps come from <see cref="SecurityStampCache"/>.
/// </summary>
/// <remarks>
/// A token that passes is handed to the handler as the result (<see cref="MessageReceivedContext"/>.Success), after the
/// same expiry checks the handler makes: otherwise the handler decrypts and deserialises the same token a second time
/// (two of the largest items of authentication in the record-visit profile, issue 4). Decrypting is itself skipped for a
/// token seen in the last minutes (<see cref="BearerTicketCache"/>).
/// </remarks>
internal static class BearerTokenRevocation
{
    public const string FailureMessage = "The bearer token was revoked (security stamp changed or account disabled).";

    public static async Task OnMessageReceivedAsync(MessageReceivedContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return;
        var token = authorization["Bearer ".Length..].Trim();
        if (token.Length == 0) return;

        // Invalid or expired tokens are the handler's business: it refuses them itself right after this hook.
        var ticket = BearerTicketCache.Unprotect(context.Options, token);
        if (ticket?.Principal is not { } principal) return;

        // The handler's own checks, with its messages (BearerTokenHandler.HandleAuthenticateAsync).
        if (ticket.Properties.ExpiresUtc is not { } expiresUtc)
        {
            context.Fail("Token with no expiration.");
            return;
        }

        if ((context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow() >= expiresUtc)
        {
            context.Fail("Token expired.");
            return;
        }

        var services = context.HttpContext.RequestServices;
        if (!await IsCurrentAsync(principal, services, context.HttpContext.RequestAborted))
        {
            context.Fail(FailureMessage);
            return;
        }

        context.Principal = principal;
        context.Properties = ticket.Properties;
        context.Success();
    }

    internal static async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, IServiceProvider services, CancellationToken cancellationToken)
    {
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        if (!Guid.TryParse(principal.FindFirstValue(claims.UserIdClaimType), out var userId)) return false;
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (string.IsNullOrEmpty(stamp)) return false;

        var state = await services.GetRequiredService<SecurityStampCache>()
            .GetAsync(userId, services.GetRequiredService<PlatformDbContext>, cancellationToken);
        return state is { IsActive: true } && string.Equals(state.SecurityStamp, stamp, StringComparison.Ordinal);
    }
}
