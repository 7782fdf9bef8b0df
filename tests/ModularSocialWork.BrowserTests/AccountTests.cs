using System.Security.Cryptography;
using Microsoft.Playwright;

namespace ModularSocialWork.BrowserTests;

/// <summary>Account policy through the real pages in Chromium: lockout after 5 failures, TOTP enrolment and sign-in.</summary>
public sealed class AccountTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string DemoPassword = "Demo@2026pass";

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_the_right_one_fails_too()
    {
        var page = await host.NewPageAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await SubmitPasswordAsync(page, "wukang.worker2", $"Wrong!Pass{attempt}");
            await Assertions.Expect(page.GetByText("用户名或密码错误")).ToBeVisibleAsync();
        }

        await SubmitPasswordAsync(page, "wukang.worker2", DemoPassword);
        await Assertions.Expect(page.GetByText("用户名或密码错误，或账户已被暂时锁定。")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("登录");
    }

    [Fact]
    public async Task A_person_enrols_totp_then_signs_in_with_password_and_code()
    {
        var page = await host.NewPageAsync();
        await SubmitPasswordAsync(page, "xinshi.worker2", DemoPassword);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("工作台");

        await page.GotoAsync(host.BaseUrl + "/account/two-factor");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("双重验证");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "双重验证二维码" })).ToBeVisibleAsync();
        var key = (await page.Locator("#shared-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        StringAssert(await page.Locator("#authenticator-uri").InnerTextAsync(), "otpauth://totp/");

        await page.GetByLabel("验证码").FillAsync("000000" == TotpCode(key) ? "111111" : "000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "验证并启用" }).ClickAsync();
        await Assertions.Expect(page.GetByText("验证码不正确")).ToBeVisibleAsync();

        await page.GetByLabel("验证码").FillAsync(TotpCode(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "验证并启用" }).ClickAsync();
        await Assertions.Expect(page.GetByText("双重验证已启用。")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);

        // Sign out, then in again: the password alone is not enough.
        await page.GotoAsync(host.BaseUrl + "/account/logout");
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await SubmitPasswordAsync(page, "xinshi.worker2", DemoPassword);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("双重验证");
        await page.GetByLabel("动态验证码").FillAsync(TotpCode(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "验证并登录" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("工作台");
    }

    private async Task SubmitPasswordAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync(host.BaseUrl + "/account/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    private static void StringAssert(string actual, string expectedStart) => Assert.StartsWith(expectedStart, actual);

    /// <summary>RFC 6238 (SHA-1, 30 s, 6 digits) computed here, as the person's phone would.</summary>
    private static string TotpCode(string base32Key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in base32Key.ToUpperInvariant().TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        var counter = BitConverter.GetBytes(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        var hash = HMACSHA1.HashData(bytes.ToArray(), counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
