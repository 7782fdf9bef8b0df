using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ModularSocialWork.BuildingBlocks.PersonalData;

namespace ModularSocialWork.BrowserTests;

/// <summary>
/// Issue 4's flow on a phone (390×844): a social worker signs in, sees today's due visit in 我的待办, records it, the
/// reminder clears and the visit rate on the 工作台 moves. The elder is set up through the API as the admin.
/// </summary>
public sealed class ElderlyCareVisitTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Worker = "wukang.worker1";
    private const string DemoPassword = "Demo@2026pass";

    [Fact]
    public async Task A_social_worker_records_todays_due_visit_on_a_phone_and_the_reminder_clears_and_the_rate_moves()
    {
        var name = "探访" + Random.Shared.Next(100, 999) + "号";
        await ArrangeDueElderAsync(name);

        var page = await host.NewPageAsync(390, 844);
        await page.GotoAsync(host.BaseUrl + "/account/login");
        await page.GetByLabel("用户名").FillAsync(Worker);
        await page.GetByLabel("密码").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("工作台");

        var task = page.Locator("#task-list li").Filter(new() { HasText = name });
        await Assertions.Expect(task).ToBeVisibleAsync();
        var rate = Figure(page, "本月探访率");
        var times = Figure(page, "本月服务人次");
        var rateBefore = (await rate.InnerTextAsync()).Trim();
        var timesBefore = int.Parse((await times.InnerTextAsync()).Trim());

        await task.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("记录探访");
        await page.Locator("label[for='method-HomeVisit']").ClickAsync();
        await page.GetByLabel("探访情况").FillAsync("老人精神状态良好，家中安全。");
        await page.Locator("#visit-submit").ClickAsync();

        await page.GotoAsync(host.BaseUrl + "/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("工作台");
        await Assertions.Expect(page.Locator("#task-list li").Filter(new() { HasText = name })).ToHaveCountAsync(0);
        await Assertions.Expect(Figure(page, "本月服务人次")).ToHaveTextAsync((timesBefore + 1).ToString());
        await Assertions.Expect(Figure(page, "本月探访率")).Not.ToHaveTextAsync(rateBefore);
    }

    [Fact]
    public async Task A_station_manager_opens_the_figures_dashboard_on_a_phone_and_downloads_the_monthly_report()
    {
        var page = await host.NewPageAsync(390, 844);
        await page.GotoAsync(host.BaseUrl + "/account/login");
        await page.GetByLabel("用户名").FillAsync("wukang.manager");
        await page.GetByLabel("密码").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("工作台");

        await page.GotoAsync(host.BaseUrl + "/ElderlyCare/Dashboard");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("养老数据");
        await Assertions.Expect(page.Locator("#figures-table tbody tr").Last).ToContainTextAsync("合计");
        await Assertions.Expect(page.Locator("#figures-table")).Not.ToContainTextAsync("新市");
        await Assertions.Expect(page.Locator("#figures-trend canvas")).ToBeVisibleAsync(); // the visit-rate trend is drawn
        await Assertions.Expect(page.Locator("#figures-tiers canvas")).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-figures").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        Assert.StartsWith("养老服务月报-", download.SuggestedFilename);
    }

    private static ILocator Figure(IPage page, string label) =>
        // Exact label: "本月服务人次" is ElderlyCare's own figure, "本月服务人次（全部服务）" the sum over every module.
        page.Locator("#figures-title").Locator("xpath=ancestor::section").Locator("div.mb-2")
            .Filter(new() { Has = page.GetByText(label, new() { Exact = true }) }).Locator(".figure-value");

    /// <summary>A resident of 武康, an elder profile assigned to the worker (no tags: general, first visit due today), a sweep.</summary>
    private async Task ArrangeDueElderAsync(string name)
    {
        using var api = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var token = await api.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = BrowserHost.AdminPassword });
        token.EnsureSuccessStatusCode();
        using (var json = JsonDocument.Parse(await token.Content.ReadAsStringAsync()))
        {
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        }

        Guid wukang;
        using (var stations = JsonDocument.Parse(await api.GetStringAsync("/api/platform/stations")))
        {
            wukang = stations.RootElement.EnumerateArray().Single(s => s.GetProperty("code").GetString() == "wukang").GetProperty("id").GetGuid();
        }

        Guid workerId;
        using (var staff = JsonDocument.Parse(await api.GetStringAsync("/api/platform/staff")))
        {
            workerId = staff.RootElement.EnumerateArray().Single(s => s.GetProperty("userName").GetString() == Worker).GetProperty("id").GetGuid();
        }

        var first17 = $"33052119400101{Random.Shared.Next(100, 999)}";
        var resident = await api.PostAsJsonAsync("/api/platform/residents", new
        {
            name, idNumber = first17 + ChineseIdNumber.CheckCharacterFor(first17), stationId = wukang, address = "武康街道永安路 2 号", village = "永安社区",
        });
        Assert.True(resident.IsSuccessStatusCode, "register resident: " + await resident.Content.ReadAsStringAsync());
        var residentId = (await resident.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var elder = await api.PostAsJsonAsync("/api/elderly-care/elders", new { residentId, assignedWorkerId = workerId });
        Assert.True(elder.IsSuccessStatusCode, "create elder profile: " + await elder.Content.ReadAsStringAsync());

        var sweep = await api.PostAsync("/api/elderly-care/reminders/sweep", null);
        Assert.True(sweep.IsSuccessStatusCode, "run the reminder sweep: " + await sweep.Content.ReadAsStringAsync());
    }
}
