using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;

namespace ModularSocialWork.Modules.Platform.Identity;

/// <summary>
/// The decrypted tickets of recently seen bearer tokens, so a client calling the API many times with one token is not
/// decrypted and deserialised on every request (data-protection decryption plus rebuilding every claim was the largest
/// item of authentication in the record-visit profile, issue 4). Keyed by the exact token string: a hit is what decrypting
/// that same string would give. Every request still gets its own copy of the principal (nothing a request does to it
/// reaches another), and still passes the expiry and security-stamp checks of <see cref="BearerTokenRevocation"/>.
/// </summary>
/// <remarks>
/// One cache per host's bearer options (several hosts in one test process have different keys). An entry is trusted for
/// at most <see cref="MaxAge"/>: revoking a data-protection key stops its tokens within that time instead of at once.
/// Bounded by <see cref="MaxEntries"/>; when full, it starts again empty.
/// </remarks>
internal sealed class BearerTicketCache(BearerTokenOptions options)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    public const int MaxEntries = 4096;

    private static readonly ConditionalWeakTable<BearerTokenOptions, BearerTicketCache> PerHost = new();

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    private sealed record Entry(AuthenticationTicket Ticket, DateTimeOffset DecryptedAt);

    /// <summary>
    /// A copy of the token's ticket, decrypted with the host's <paramref name="options"/> now or within <see cref="MaxAge"/>
    /// (by the options' clock), or null when it does not decrypt.
    /// </summary>
    public static AuthenticationTicket? Unprotect(BearerTokenOptions options, string token) => For(options).Unprotect(token);

    /// <summary>How many tokens the host of <paramref name="options"/> keeps (tests).</summary>
    internal static int CountFor(BearerTokenOptions options) => For(options).entries.Count;

    private static BearerTicketCache For(BearerTokenOptions options) => PerHost.GetValue(options, static o => new BearerTicketCache(o));

    private AuthenticationTicket? Unprotect(string token)
    {
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        if (!entries.TryGetValue(token, out var entry) || now - entry.DecryptedAt >= MaxAge)
        {
            var ticket = options.BearerTokenProtector.Unprotect(token);
            if (ticket is null)
            {
                entries.TryRemove(token, out _);
                return null;
            }

            if (entries.Count >= MaxEntries) entries.Clear();
            entry = new Entry(ticket, now);
            entries[token] = entry;
        }

        var cached = entry.Ticket;
        // ClaimsPrincipal.Clone() shares the identities: copy each one (and with it its claims).
        return new AuthenticationTicket(new ClaimsPrincipal(cached.Principal.Identities.Select(identity => identity.Clone())),
            cached.Properties.Clone(), cached.AuthenticationScheme);
    }
}
