using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;
using ModularSocialWork.Modules.Platform.Identity;
using Xunit;

namespace ModularSocialWork.UnitTests.Platform;

/// <summary>
/// Recently seen bearer tokens are not decrypted again (<see cref="BearerTicketCache"/>). What must hold: a request never
/// gets an object another request can change, a token that does not decrypt is never cached, an entry is trusted only
/// <see cref="BearerTicketCache.MaxAge"/>, and each host keeps its own entries.
/// </summary>
public sealed class BearerTicketCacheTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_token_seen_recently_is_decrypted_once_and_every_caller_gets_its_own_copy()
    {
        var (options, counter) = Options();
        var token = counter.Protect(Ticket("wang.fang"));

        var first = BearerTicketCache.Unprotect(options, token)!;
        first.Principal.Identities.First().AddClaim(new Claim("added-by", "first request"));
        first.Properties.Items["changed"] = "yes";
        clock.Advance(TimeSpan.FromMinutes(4));
        var second = BearerTicketCache.Unprotect(options, token)!;

        Assert.Equal(1, counter.Unprotects);
        Assert.Equal("wang.fang", second.Principal.Identity!.Name);
        Assert.Null(second.Principal.FindFirst("added-by"));
        Assert.False(second.Properties.Items.ContainsKey("changed"));
        Assert.NotSame(first.Principal, second.Principal);
    }

    [Fact]
    public void An_entry_older_than_the_limit_is_decrypted_again()
    {
        var (options, counter) = Options();
        var token = counter.Protect(Ticket("li.lei"));

        BearerTicketCache.Unprotect(options, token);
        clock.Advance(BearerTicketCache.MaxAge);
        BearerTicketCache.Unprotect(options, token);

        Assert.Equal(2, counter.Unprotects);
    }

    [Fact]
    public void A_token_that_does_not_decrypt_is_refused_every_time_and_not_kept()
    {
        var (options, counter) = Options();

        Assert.Null(BearerTicketCache.Unprotect(options, "not-a-token"));
        Assert.Null(BearerTicketCache.Unprotect(options, "not-a-token"));
        Assert.Equal(2, counter.Unprotects);
        Assert.Equal(0, BearerTicketCache.CountFor(options));
    }

    [Fact]
    public void Each_host_keeps_its_own_entries()
    {
        var (hostA, counterA) = Options();
        var (hostB, _) = Options();
        var token = counterA.Protect(Ticket("zhao.min"));

        Assert.NotNull(BearerTicketCache.Unprotect(hostA, token));
        // Host B has other keys: the token host A decrypted (and cached) means nothing to it.
        Assert.Null(BearerTicketCache.Unprotect(hostB, token));
        Assert.Equal((1, 0), (BearerTicketCache.CountFor(hostA), BearerTicketCache.CountFor(hostB)));
    }

    private static AuthenticationTicket Ticket(string userName) =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, userName)], "Identity.Bearer")),
            new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) }, "Identity.Bearer");

    private (BearerTokenOptions Options, CountingFormat Counter) Options()
    {
        var counter = new CountingFormat(new TicketDataFormat(new EphemeralDataProtectionProvider().CreateProtector("bearer")));
        return (new BearerTokenOptions { BearerTokenProtector = counter, TimeProvider = clock }, counter);
    }

    private sealed class CountingFormat(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
    {
        public int Unprotects { get; private set; }

        public string Protect(AuthenticationTicket data) => inner.Protect(data);

        public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

        public AuthenticationTicket? Unprotect(string? protectedText)
        {
            Unprotects++;
            return inner.Unprotect(protectedText);
        }

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Unprotects++;
            return inner.Unprotect(protectedText, purpose);
        }
    }
}
