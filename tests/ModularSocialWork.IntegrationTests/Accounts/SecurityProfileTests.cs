using System.Net;
using System.Net.Http.Json;
using ModularSocialWork.IntegrationTests.Support;
using static ModularSocialWork.IntegrationTests.Accounts.AccountTestSupport;

namespace ModularSocialWork.IntegrationTests.Accounts;

/// <summary><c>Security:Profile=L3</c>: two-factor required for everyone, pages and tokens alike; a bad value stops start-up.</summary>
public sealed class SecurityProfileTests
{
    [Fact]
    public async Task At_L3_a_user_without_two_factor_is_sent_to_enrolment_and_gets_no_token()
    {
        using var host = new TestHost(new Dictionary<string, string?> { ["Security:Profile"] = "L3" });

        using var anonymous = host.Anonymous();
        var token = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = TestHost.AdminPassword });
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.Equal("等保三级要求启用双重验证", (await ProblemAsync(token)).GetProperty("title").GetString());

        using var browser = CookieClient(host);
        await SignInWithPageAsync(browser, "admin", TestHost.AdminPassword);
        foreach (var path in new[] { "/", "/Platform/Staff" })
        {
            var page = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal("/account/two-factor", page.Headers.Location!.OriginalString);
        }

        var enrolment = await browser.GetStringAsync("/account/two-factor");
        Assert.Contains("等保三级", enrolment);
        Assert.Contains("data:image/png;base64,", enrolment);
        Assert.DoesNotContain("关闭双重验证", enrolment);
    }

    [Fact]
    public async Task At_L2_a_user_without_two_factor_works_normally()
    {
        using var host = new TestHost();
        using var browser = CookieClient(host);
        await SignInWithPageAsync(browser, "admin", TestHost.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_profile_stops_start_up_with_a_clear_message()
    {
        var result = await HostProcess.RunAsync(new Dictionary<string, string>
        {
            ["Security__Profile"] = "L4",
            ["Bootstrap__AdminPassword"] = TestHost.AdminPassword,
        });
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Security:Profile", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
    }
}
