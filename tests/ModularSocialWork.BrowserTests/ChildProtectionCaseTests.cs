using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ModularSocialWork.BuildingBlocks.PersonalData;

namespace ModularSocialWork.BrowserTests;

/// <summary>
/// Issue 5's flow in Chromium with two accounts: a social worker (on a phone) takes a child's case from 受理 through the
/// assessment, plan and closure request; the station manager (on the station PC) approves each step; both see where
/// the case stands. The child is registered through the API as the admin.
/// </summary>
public sealed class ChildProtectionCaseTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string DemoPassword = "Demo@2026pass";

    [Fact]
    public async Task A_worker_walks_a_case_from_intake_to_closure_and_the_manager_approves_each_gate()
    {
        var name = "关爱" + Random.Shared.Next(100, 999) + "号";
        var childId = await ArrangeChildAsync(name);

        var worker = await SignInAsync("wukang.worker1", 390, 844);
        var manager = await SignInAsync("wukang.manager", 1366, 768);

        // 受理 (worker, phone).
        await worker.GotoAsync($"{host.BaseUrl}/ChildProtection/Children/Details/{childId}");
        await Assertions.Expect(worker.Locator("#child-name")).ToHaveTextAsync(name);
        await Assertions.Expect(worker.Locator("#child-under14")).ToBeVisibleAsync();
        await worker.GetByLabel("受理原因").FillAsync("学校反映孩子长期无人接送，父母均在外务工。");
        await worker.Locator("#open-case").ClickAsync();
        await Assertions.Expect(worker.Locator("#case-status")).ToHaveTextAsync("受理（待评估）");

        // 评估: a 3 on 受侵害风险 makes the child high risk.
        await worker.Locator("#answer-0").SelectOptionAsync("2");
        await worker.Locator("#answer-1").SelectOptionAsync("3");
        await worker.GetByLabel("评估说明").FillAsync("祖母年迈，孩子曾被邻居打骂。");
        await worker.Locator("#submit-assessment").ClickAsync();
        await Assertions.Expect(worker.Locator("#case-status")).ToHaveTextAsync("评估待审批");
        await Assertions.Expect(worker.Locator("#awaiting-note")).ToBeVisibleAsync();
        await Assertions.Expect(worker.Locator("#approve")).ToHaveCountAsync(0);

        // The manager finds it among the cases awaiting approval and approves with a comment.
        await manager.GotoAsync($"{host.BaseUrl}/ChildProtection");
        await manager.Locator("section[aria-labelledby='awaiting-title'] a").Filter(new() { HasText = name }).ClickAsync();
        await Assertions.Expect(manager.Locator("#assessment-result")).ToContainTextAsync("高风险");
        await manager.GetByLabel("审批意见（退回时必填）").FillAsync("评估属实，同意。");
        await manager.Locator("#approve").ClickAsync();
        await Assertions.Expect(manager.Locator("#case-status")).ToHaveTextAsync("服务计划");
        await Assertions.Expect(manager.Locator("#case-message")).ToHaveTextAsync("审批意见已保存");

        // 服务计划 (worker), approved by the manager.
        await worker.ReloadAsync();
        await Assertions.Expect(worker.Locator("#case-status")).ToHaveTextAsync("服务计划");
        await worker.GetByLabel("服务目标").FillAsync("保障安全与日常照料");
        await worker.GetByLabel("服务措施").FillAsync("每周入户；联系学校和村委会");
        await worker.Locator("#submit-plan").ClickAsync();
        await Assertions.Expect(worker.Locator("#case-status")).ToHaveTextAsync("服务计划待审批");
        await manager.ReloadAsync();
        await Assertions.Expect(manager.Locator("#plan-goals")).ToHaveTextAsync("保障安全与日常照料");
        await manager.Locator("#approve").ClickAsync();
        await Assertions.Expect(manager.Locator("#case-status")).ToHaveTextAsync("服务与跟进");

        // 服务与跟进 → 申请结案 (worker), closure approved by the manager.
        await worker.ReloadAsync();
        await Assertions.Expect(worker.Locator("#case-status")).ToHaveTextAsync("服务与跟进");
        await worker.GetByLabel("结案理由").FillAsync("母亲返乡照料，风险解除。");
        await worker.Locator("#request-closure").ClickAsync();
        await Assertions.Expect(worker.Locator("#case-status")).ToHaveTextAsync("结案待审批");
        await manager.ReloadAsync();
        await manager.GetByLabel("审批意见（退回时必填）").FillAsync("同意结案。");
        await manager.Locator("#approve").ClickAsync();
        await Assertions.Expect(manager.Locator("#case-status")).ToHaveTextAsync("已结案");
        await Assertions.Expect(manager.Locator("#closure-info")).ToContainTextAsync("母亲返乡照料");

        // The worker sees the closed case, its history with the manager's comments, and may reopen it.
        await worker.ReloadAsync();
        await Assertions.Expect(worker.Locator("#case-status")).ToHaveTextAsync("已结案");
        await Assertions.Expect(worker.Locator("#case-history li")).ToHaveCountAsync(6);
        await Assertions.Expect(worker.Locator("#case-history")).ToContainTextAsync("评估属实，同意。");
        await Assertions.Expect(worker.Locator("#reopen")).ToBeVisibleAsync();
        await worker.GotoAsync($"{host.BaseUrl}/ChildProtection/Children/Details/{childId}");
        await Assertions.Expect(worker.Locator("#child-risk")).ToHaveTextAsync("高风险");

        // The manager's 儿童数据 shows the cases-by-stage and categories charts (drawn, not just their containers).
        await manager.GotoAsync($"{host.BaseUrl}/ChildProtection/Dashboard");
        await Assertions.Expect(manager.Locator("#child-stages canvas")).ToBeVisibleAsync();
        await Assertions.Expect(manager.Locator("#child-categories canvas")).ToBeVisibleAsync();
    }

    private async Task<IPage> SignInAsync(string userName, int width, int height)
    {
        var page = await host.NewPageAsync(width, height);
        await page.GotoAsync(host.BaseUrl + "/account/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("工作台");
        return page;
    }

    /// <summary>A ten-year-old resident of 武康 and a child profile (困境儿童·事实无人抚养) on them, through the API.</summary>
    private async Task<Guid> ArrangeChildAsync(string name)
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

        var birth = DateTime.UtcNow.AddYears(-10).AddDays(-Random.Shared.Next(10, 200));
        var first17 = $"330521{birth:yyyyMMdd}{Random.Shared.Next(100, 999)}";
        var resident = await api.PostAsJsonAsync("/api/platform/residents", new
        {
            name, idNumber = first17 + ChineseIdNumber.CheckCharacterFor(first17), stationId = wukang, address = "武康街道永安路 5 号", village = "永安社区",
        });
        Assert.True(resident.IsSuccessStatusCode, "register resident: " + await resident.Content.ReadAsStringAsync());
        var residentId = (await resident.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var child = await api.PostAsJsonAsync("/api/child-protection/children", new { residentId, category = 0, guardianshipStatus = 2 });
        Assert.True(child.IsSuccessStatusCode, "create child profile: " + await child.Content.ReadAsStringAsync());
        return (await child.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
