using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModularSocialWork.IntegrationTests.Support;

namespace ModularSocialWork.IntegrationTests.Accounts;

/// <summary>
/// The revocation hook accepts a valid token itself (so the handler does not decrypt it again) and must then make the
/// handler's expiry check too: a token is good for one hour, by the host's clock.
/// </summary>
public sealed class BearerTokenExpiryTests : IDisposable
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly TestHost host = new();
    private readonly WebApplicationFactory<Program> clocked;

    public BearerTokenExpiryTests() =>
        clocked = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));

    public void Dispose()
    {
        clocked.Dispose();
        host.Dispose();
    }

    [Fact]
    public async Task A_bearer_token_is_accepted_for_its_hour_and_refused_once_it_has_expired()
    {
        using var client = clocked.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var issued = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = TestHost.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var body = await issued.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3600, body.GetProperty("expiresIn").GetInt32());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/platform/stations")).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/platform/stations")).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(1));
        var expired = await client.GetAsync("/api/platform/stations");
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    [Fact]
    public async Task A_tampered_token_is_refused()
    {
        using var client = clocked.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var issued = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = TestHost.AdminPassword });
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        var tampered = token[..^4] + (token[^4] == 'A' ? 'B' : 'A') + token[^3..];
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tampered);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/platform/stations")).StatusCode);
    }
}
