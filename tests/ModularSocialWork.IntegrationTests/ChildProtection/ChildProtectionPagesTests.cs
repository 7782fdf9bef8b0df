using System.Net;
using ModularSocialWork.IntegrationTests.Accounts;

namespace ModularSocialWork.IntegrationTests.ChildProtection;

/// <summary>The child-protection pages render for a worker and a viewer, refuse bad input in Chinese, and feed the 工作台.</summary>
public sealed class ChildProtectionPagesTests(ChildProtectionHostFixture fixture) : IClassFixture<ChildProtectionHostFixture>
{
    private async Task<HttpClient> SignInAsync(string userName)
    {
        var client = AccountTestSupport.CookieClient(fixture.Host);
        await AccountTestSupport.SignInWithPageAsync(client, userName, ChildProtectionHostFixture.DemoPassword);
        return client;
    }

    [Fact]
    public async Task The_module_pages_render_for_a_social_worker_and_the_workbench_shows_the_child_figures()
    {
        var childId = await fixture.ChildAsync(9, fixture.WukangId, healthNotes: "过敏性哮喘");
        var caseId = await fixture.CaseAsync(childId);
        using var client = await SignInAsync("wukang.worker1");
        foreach (var path in new[]
                 {
                     "/ChildProtection", "/ChildProtection/Children", "/ChildProtection/Children?category=Orphan&risk=High&mine=true",
                     "/ChildProtection/Children/Create?q=测试", $"/ChildProtection/Children/Details/{childId}", $"/ChildProtection/Cases/Details/{caseId}",
                     $"/ChildProtection/Visits/Record?childId={childId}", "/ChildProtection/Referrals", "/ChildProtection/Policy",
                     "/ChildProtection/Dashboard", "/ChildProtection/Dashboard?month=2026-01",
                 })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }

        var details = await client.GetStringAsync($"/ChildProtection/Children/Details/{childId}");
        Assert.Contains("过敏性哮喘", details);
        Assert.Contains("未满14周岁", details);
        var home = await client.GetStringAsync("/");
        Assert.Contains("本月服务儿童", home);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/ChildProtection/Dashboard?month=13-2026")).StatusCode);
    }

    [Fact]
    public async Task A_viewer_reads_the_child_page_without_health_or_disability_and_without_write_forms()
    {
        var childId = await fixture.ChildAsync(8, fixture.WukangId, healthNotes: "轻度自闭症");
        using var viewer = await SignInAsync("viewer");
        var html = await viewer.GetStringAsync($"/ChildProtection/Children/Details/{childId}");
        Assert.DoesNotContain("轻度自闭症", html);
        Assert.DoesNotContain("听力二级残疾", html);
        Assert.DoesNotContain("open-case-form", html);
        var form = await viewer.GetAsync($"/ChildProtection/Visits/Record?childId={childId}");
        Assert.Equal(HttpStatusCode.Found, form.StatusCode); // to the 403 page
        Assert.Contains("/error/403", form.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Bad_input_on_the_case_page_shows_a_chinese_message_and_changes_nothing()
    {
        var childId = await fixture.ChildAsync(10, fixture.WukangId);
        using var client = await SignInAsync("wukang.worker1");
        var path = $"/ChildProtection/Children/Details/{childId}";
        var token = await AccountTestSupport.AntiforgeryAsync(client, path);
        var response = await client.PostAsync(path + "?handler=OpenCase", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["IntakeReason"] = " ",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请填写受理原因", await response.Content.ReadAsStringAsync());
        var child = await fixture.GetAsync($"/api/child-protection/children/{childId}");
        Assert.Empty(child.GetProperty("cases").EnumerateArray());

        // An assessment posted to a case that is not at intake is refused with the stage named, nothing written.
        var caseId = await fixture.CaseAsync(childId);
        await fixture.Admin.PostAsync($"/api/child-protection/cases/{caseId}/assessment",
            System.Net.Http.Json.JsonContent.Create(new { answers = new[] { 0, 0, 0, 0, 0, 0, 0, 0 } }));
        var casePath = $"/ChildProtection/Cases/Details/{caseId}";
        token = await AccountTestSupport.AntiforgeryAsync(client, casePath);
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        form.AddRange(Enumerable.Repeat(new KeyValuePair<string, string>("Answers", "3"), 8));
        var refused = await client.PostAsync(casePath + "?handler=Assessment", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("评估待审批", await refused.Content.ReadAsStringAsync());
        var after = await fixture.GetAsync($"/api/child-protection/cases/{caseId}");
        Assert.Equal(0, after.GetProperty("assessmentScore").GetInt32());
    }

    [Fact]
    public async Task A_county_admin_registers_a_child_on_the_page_without_becoming_its_worker_and_an_unreadable_date_is_refused()
    {
        var residentId = await fixture.ResidentAsync(9, fixture.WukangId);
        using var client = await SignInAsync("county.admin");
        var path = $"/ChildProtection/Children/Create?residentId={residentId}";

        async Task<HttpResponseMessage> PostAsync(string consentDate) => await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await AccountTestSupport.AntiforgeryAsync(client, path),
            ["residentId"] = residentId.ToString(),
            ["Input.Category"] = "0",
            ["Input.GuardianshipStatus"] = "0",
            ["Input.LegalBasis"] = "0",
            ["Input.ConsentDate"] = consentDate,
        }));

        var unreadable = await PostAsync("2026-02-30");
        Assert.Equal(HttpStatusCode.OK, unreadable.StatusCode);
        Assert.Contains("“2026-02-30”的格式不正确", await unreadable.Content.ReadAsStringAsync());

        var saved = await PostAsync("");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var childId = Guid.Parse(saved.Headers.Location!.OriginalString.Split('/', '?')[4]);
        var child = await fixture.GetAsync($"/api/child-protection/children/{childId}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, child.GetProperty("assignedWorkerId").ValueKind); // not the county admin
    }

    [Fact]
    public async Task The_edit_page_saves_and_a_childs_due_visit_shows_in_the_workers_todo_list()
    {
        using var workerApi = await fixture.SignInAsync("wukang.worker1");
        var childId = await fixture.ChildAsync(11, fixture.WukangId, workerApi, healthNotes: "近视");
        var name = (await fixture.GetAsync($"/api/child-protection/children/{childId}")).GetProperty("name").GetString()!;
        using var client = await SignInAsync("wukang.worker1");

        var path = $"/ChildProtection/Children/Edit/{childId}";
        var form = await client.GetStringAsync(path);
        var version = System.Text.RegularExpressions.Regex.Match(form, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;
        var token = await AccountTestSupport.AntiforgeryAsync(client, path);
        var saved = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Version"] = version, ["Category"] = "1", ["GuardianshipStatus"] = "5", ["RiskLevel"] = "1",
            ["School"] = "新市中学", ["HealthNotes"] = "近视 300 度", ["LegalBasis"] = "0",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var child = await fixture.GetAsync($"/api/child-protection/children/{childId}");
        Assert.Equal("新市中学", child.GetProperty("school").GetString());
        Assert.Equal("近视 300 度", child.GetProperty("healthNotes").GetString());
        Assert.Single(child.GetProperty("contacts").EnumerateArray()); // contacts kept

        Assert.Equal(HttpStatusCode.OK, (await fixture.Admin.PostAsync("/api/child-protection/reminders/sweep", null)).StatusCode);
        var home = await client.GetStringAsync("/");
        Assert.Contains("探访儿童 " + name, home);
    }
}
