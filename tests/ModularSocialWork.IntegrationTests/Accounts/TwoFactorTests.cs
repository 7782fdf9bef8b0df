using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularSocialWork.IntegrationTests.Support;
using static ModularSocialWork.IntegrationTests.Accounts.AccountTestSupport;

namespace ModularSocialWork.IntegrationTests.Accounts;

/// <summary>TOTP two-factor: enrolment with codes computed here (RFC 6238), then the token endpoint needs the code.</summary>
public sealed class TwoFactorTests : IDisposable
{
    private readonly TestHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public void The_test_totp_matches_the_rfc_6238_test_vector()
    {
        // RFC 6238 appendix B, SHA-1 seed "12345678901234567890", T = 59 s → 94287082 (last 6 digits).
        Assert.Equal("287082", Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(59)));
    }

    [Fact]
    public async Task After_enrolment_the_token_endpoint_requires_the_current_code()
    {
        using var admin = await host.SignedInAsync();
        await CreateStaffAsync(admin, "worker.totp");
        using var worker = await host.SignedInAsync("worker.totp", WorkerPassword);

        var state = await worker.GetFromJsonAsync<JsonElement>("/api/platform/account/two-factor");
        Assert.False(state.GetProperty("enabled").GetBoolean());
        var key = state.GetProperty("sharedKey").GetString()!;
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);
        Assert.StartsWith("otpauth://totp/ModularSocialWork:worker.totp?secret=", state.GetProperty("authenticatorUri").GetString());
        // Looking at the key does not end the session.
        Assert.Equal(key, (await worker.GetFromJsonAsync<JsonElement>("/api/platform/account/two-factor")).GetProperty("sharedKey").GetString());

        var wrong = await worker.PostAsJsonAsync("/api/platform/account/two-factor", new { code = Totp.WrongCode(key) });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var enabled = await worker.PostAsJsonAsync("/api/platform/account/two-factor", new { code = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var recovery = (await ProblemAsync(enabled)).GetProperty("recoveryCodes");
        Assert.Equal(10, recovery.GetArrayLength());

        using var anonymous = host.Anonymous();
        var withoutCode = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "worker.totp", password = WorkerPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        Assert.Equal("需要动态验证码", (await ProblemAsync(withoutCode)).GetProperty("title").GetString());
        var wrongCode = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "worker.totp", password = WorkerPassword, twoFactorCode = Totp.WrongCode(key) });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);
        // A wrong password still gets the generic answer, not a hint that the account has two-factor.
        var wrongPassword = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "worker.totp", password = "Wrong!Passw0rd" });
        Assert.Equal("用户名或密码错误", (await ProblemAsync(wrongPassword)).GetProperty("title").GetString());

        var ok = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "worker.totp", password = WorkerPassword, twoFactorCode = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        // Switching two-factor on renewed the stamp: the token used for enrolment is over.
        Assert.Equal(HttpStatusCode.Unauthorized, (await worker.GetAsync("/api/platform/stations")).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_asks_for_the_code_after_the_password()
    {
        using var admin = await host.SignedInAsync();
        await CreateStaffAsync(admin, "worker.page");
        using var worker = await host.SignedInAsync("worker.page", WorkerPassword);
        var key = (await worker.GetFromJsonAsync<JsonElement>("/api/platform/account/two-factor")).GetProperty("sharedKey").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await worker.PostAsJsonAsync("/api/platform/account/two-factor", new { code = Totp.Code(key) })).StatusCode);

        using var browser = CookieClient(host);
        var next = await SignInWithPageAsync(browser, "worker.page", WorkerPassword);
        Assert.StartsWith("/account/login-two-factor", next);
        // Not signed in yet: the home page still sends to the sign-in page.
        var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/login", home.Headers.Location!.AbsolutePath);

        var antiforgery = await AntiforgeryAsync(browser, next!);
        var wrong = await browser.PostAsync(next, Form(antiforgery, Totp.WrongCode(key)));
        Assert.Contains("验证码不正确", await wrong.Content.ReadAsStringAsync());
        var right = await browser.PostAsync(next, Form(antiforgery, Totp.Code(key)));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    private static FormUrlEncodedContent Form(string antiforgery, string code) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = antiforgery,
        ["Code"] = code,
    });
}
