using Microsoft.Playwright;
using ModularSocialWork.BuildingBlocks.PersonalData;

namespace ModularSocialWork.BrowserTests;

/// <summary>A county admin registers residents through the real pages and reveals an ID number with a reason.</summary>
public sealed class ResidentTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static string IdNumber(string first17) => first17 + ChineseIdNumber.CheckCharacterFor(first17);

    [Fact]
    public async Task A_wrong_check_character_shows_the_chinese_error_and_saves_nothing()
    {
        var page = await SignInAsync();
        var valid = IdNumber("33052119450303021");
        var wrong = valid[..17] + (valid[17] == '0' ? '1' : '0');

        await page.GotoAsync(host.BaseUrl + "/Platform/Residents/Register");
        await page.GetByLabel("姓名").FillAsync("韩校验");
        await page.GetByLabel("身份证号码").FillAsync(wrong);
        await page.GetByLabel("所属站点").SelectOptionAsync(new SelectOptionValue { Label = "· 武康街道社工站" });
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.GetByText("身份证号码校验位不正确，请核对后重新输入。")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("登记居民");

        await page.GotoAsync(host.BaseUrl + "/Platform/Residents?q=" + Uri.EscapeDataString("韩校验"));
        await Assertions.Expect(page.Locator("#result-count")).ToHaveTextAsync("共 0 人");
    }

    [Fact]
    public async Task A_valid_resident_is_listed_masked_and_the_full_number_appears_after_giving_a_reason()
    {
        var page = await SignInAsync();
        var id = IdNumber("33052119470707033");
        var masked = id[..6] + "********" + id[^4..];

        await page.GotoAsync(host.BaseUrl + "/Platform/Residents");
        await page.GetByRole(AriaRole.Link, new() { Name = "登记居民" }).ClickAsync();
        await page.GetByLabel("姓名").FillAsync("杨展示");
        await page.GetByLabel("身份证号码").FillAsync(id);
        await page.GetByLabel("电话").FillAsync("13912345678");
        await page.GetByLabel("所属站点").SelectOptionAsync(new SelectOptionValue { Label = "· 武康街道社工站" });
        await page.GetByLabel("独居老人").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("杨展示");

        await page.GotoAsync(host.BaseUrl + "/Platform/Residents?q=" + Uri.EscapeDataString("杨展示"));
        var row = page.Locator("#residents-table tbody tr").Filter(new() { HasText = "杨展示" });
        await Assertions.Expect(row).ToContainTextAsync(masked);
        await Assertions.Expect(page.Locator("#residents-table")).Not.ToContainTextAsync(id);

        await row.GetByRole(AriaRole.Link, new() { Name = "杨展示" }).ClickAsync();
        await Assertions.Expect(page.Locator("#id-number")).ToHaveTextAsync(masked);

        // No reason: refused, still masked.
        await page.GetByRole(AriaRole.Button, new() { Name = "查看完整号码" }).ClickAsync();
        await Assertions.Expect(page.GetByText("请填写查看完整号码的原因。")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#id-number")).ToHaveTextAsync(masked);

        await page.GetByLabel("查看原因").FillAsync("核对高龄补贴材料");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看完整号码" }).ClickAsync();
        await Assertions.Expect(page.Locator("#id-number")).ToHaveTextAsync(id);
    }

    [Fact]
    public async Task Registering_a_known_number_opens_the_existing_record()
    {
        var page = await SignInAsync();
        var id = IdNumber("33052119520202045");
        foreach (var name in new[] { "秦原档", "秦重复" })
        {
            await page.GotoAsync(host.BaseUrl + "/Platform/Residents/Register");
            await page.GetByLabel("姓名").FillAsync(name);
            await page.GetByLabel("身份证号码").FillAsync(id);
            await page.GetByLabel("所属站点").SelectOptionAsync(new SelectOptionValue { Label = "· 武康街道社工站" });
            await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        }

        await Assertions.Expect(page.GetByText("该身份证号码已登记，已为您打开已有档案。")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("秦原档");
    }

    private async Task<IPage> SignInAsync()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/account/login");
        await page.GetByLabel("用户名").FillAsync("admin");
        await page.GetByLabel("密码").FillAsync(BrowserHost.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("工作台");
        return page;
    }
}
