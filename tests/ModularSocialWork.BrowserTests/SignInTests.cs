using Microsoft.Playwright;

namespace ModularSocialWork.BrowserTests;

/// <summary>A person signs in through the real page in Chromium and sees the Chinese 工作台 with the module navigation.</summary>
public sealed class SignInTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Admin_signs_in_and_sees_the_chinese_workbench_and_module_nav()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/");

        // Not signed in: the Chinese sign-in page.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("登录");
        await page.GetByLabel("用户名").FillAsync("admin");
        await page.GetByLabel("密码").FillAsync(BrowserHost.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("工作台");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "我的待办" })).ToBeVisibleAsync();
        var nav = page.Locator("#module-nav");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "养老服务" })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "儿童关爱保护" })).ToBeVisibleAsync();

        await nav.GetByRole(AriaRole.Link, new() { Name = "养老服务" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("养老服务");
    }

    [Fact]
    public async Task A_wrong_password_shows_the_chinese_error_and_stays_on_the_sign_in_page()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/account/login");
        await page.GetByLabel("用户名").FillAsync("admin");
        await page.GetByLabel("密码").FillAsync("Wrong!Passw0rd");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Assertions.Expect(page.GetByText("用户名或密码错误")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("登录");
    }

    [Fact]
    public async Task A_viewer_does_not_see_the_nav_items_their_role_may_not_open()
    {
        var page = await host.NewPageAsync(390, 844);
        await page.GotoAsync(host.BaseUrl + "/account/login");
        await page.GetByLabel("用户名").FillAsync("viewer");
        await page.GetByLabel("密码").FillAsync("Demo@2026pass");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("工作台");
        // Phone width: the nav collapses behind the toggler; open it as a person would.
        await page.GetByRole(AriaRole.Button, new() { Name = "展开导航" }).ClickAsync();
        var nav = page.Locator("#module-nav");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "养老服务" })).ToBeVisibleAsync();
        // Since issue 5 viewers read children (never their health or disability fields), so the module is in their nav.
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "儿童关爱保护" })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "人员账号" })).ToHaveCountAsync(0);
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "审计日志" })).ToHaveCountAsync(0);
    }
}
