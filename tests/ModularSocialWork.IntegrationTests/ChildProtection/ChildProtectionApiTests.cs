using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.IntegrationTests.Accounts;
using ModularSocialWork.Modules.ChildProtection.Domain;
using ModularSocialWork.Modules.ChildProtection.Features.Children;

namespace ModularSocialWork.IntegrationTests.ChildProtection;

/// <summary>Child profiles: the age rule, field-level hiding, read audit, station scope, visits, export.</summary>
public sealed class ChildProtectionApiTests(ChildProtectionHostFixture fixture) : IClassFixture<ChildProtectionHostFixture>
{
    [Fact]
    public async Task A_resident_of_18_is_refused_with_a_chinese_400_and_under_14_is_flagged_by_age()
    {
        var adult = await fixture.ResidentAsync(18);
        var response = await fixture.Admin.PostAsJsonAsync("/api/child-protection/children", new { residentId = adult, category = 5 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("已满 18 周岁", (await AccountTestSupport.ProblemAsync(response)).ToString());
        Assert.Equal(0, (await fixture.GetAsync("/api/child-protection/children?search=测试儿童&pageSize=100")).GetProperty("items").EnumerateArray()
            .Count(c => c.GetProperty("age").GetInt32() >= 18));

        var young = await fixture.GetAsync($"/api/child-protection/children/{await fixture.ChildAsync(10)}");
        Assert.True(young.GetProperty("under14").GetBoolean());
        Assert.Equal(0, young.GetProperty("legalBasis").GetInt32()); // statutory duty by default
        Assert.Equal("138****5678", young.GetProperty("contacts")[0].GetProperty("phoneMasked").GetString());
        Assert.DoesNotContain("13812345678", young.ToString());
        var older = await fixture.GetAsync($"/api/child-protection/children/{await fixture.ChildAsync(15)}");
        Assert.False(older.GetProperty("under14").GetBoolean());

        // Guardian consent as the basis needs who consented and when.
        var resident = await fixture.ResidentAsync(8);
        var consent = await fixture.Admin.PostAsJsonAsync("/api/child-protection/children", new { residentId = resident, legalBasis = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, consent.StatusCode);
        Assert.Contains("监护人", (await AccountTestSupport.ProblemAsync(consent)).ToString());
        var ok = await fixture.Admin.PostAsJsonAsync("/api/child-protection/children",
            new { residentId = resident, legalBasis = 1, consentGuardianName = "李奶奶", consentDate = ChildProtectionHostFixture.Today });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("volunteer.coord")]
    public async Task Health_and_disability_never_reach_a_viewer_or_a_volunteer_coordinator(string userName)
    {
        var id = await fixture.ChildAsync(9, healthNotes: "先天性心脏病");
        var staffView = await fixture.GetAsync($"/api/child-protection/children/{id}");
        Assert.Equal("先天性心脏病", staffView.GetProperty("healthNotes").GetString());
        Assert.Equal("听力二级残疾", staffView.GetProperty("disabilityNotes").GetString());

        using var reader = await fixture.SignInAsync(userName);
        var response = await reader.GetAsync($"/api/child-protection/children/{id}");
        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("心脏病", json);
        Assert.DoesNotContain("残疾", json);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("healthNotes").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("disabilityNotes").ValueKind);
        Assert.False(root.GetProperty("healthVisible").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden,
            (await reader.PutAsJsonAsync($"/api/child-protection/children/{id}", new { version = root.GetProperty("version").GetGuid() })).StatusCode);
    }

    [Fact]
    public async Task An_update_by_a_sender_without_health_permission_leaves_health_and_disability_as_stored()
    {
        var id = await fixture.ChildAsync(11, healthNotes: "癫痫，需按时服药");
        var version = (await fixture.GetAsync($"/api/child-protection/children/{id}")).GetProperty("version").GetGuid();

        // Sent in the host without a signed-in user: the sender holds no permission, Health.Read included.
        using (var scope = fixture.Host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new UpdateChildProfile.Command
            {
                Id = id, Version = version, Category = ChildCategory.Orphan, GuardianshipStatus = GuardianshipStatus.StateGuardianship,
                HealthNotes = null, DisabilityNotes = "", School = "新学校",
            });
        }

        var after = await fixture.GetAsync($"/api/child-protection/children/{id}");
        Assert.Equal("新学校", after.GetProperty("school").GetString());
        Assert.Equal((int)ChildCategory.Orphan, after.GetProperty("category").GetInt32());
        Assert.Equal("癫痫，需按时服药", after.GetProperty("healthNotes").GetString());
        Assert.Equal("听力二级残疾", after.GetProperty("disabilityNotes").GetString());
    }

    [Fact]
    public async Task Every_read_of_a_child_or_a_case_leaves_one_audit_row_from_the_api_and_from_the_page()
    {
        var childId = await fixture.ChildAsync(7);
        var caseId = await fixture.CaseAsync(childId);
        using var worker = await fixture.SignInAsync("wukang.worker1");
        var before = await fixture.AuditCountAsync("ChildProtection.Children.Read", childId);

        await fixture.GetAsync($"/api/child-protection/children/{childId}", worker);
        Assert.Equal(before + 1, await fixture.AuditCountAsync("ChildProtection.Children.Read", childId));
        await fixture.GetAsync($"/api/child-protection/children/{childId}", worker);
        Assert.Equal(before + 2, await fixture.AuditCountAsync("ChildProtection.Children.Read", childId));

        using var page = AccountTestSupport.CookieClient(fixture.Host);
        await AccountTestSupport.SignInWithPageAsync(page, "wukang.worker1", ChildProtectionHostFixture.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync($"/ChildProtection/Children/Details/{childId}")).StatusCode);
        Assert.Equal(before + 3, await fixture.AuditCountAsync("ChildProtection.Children.Read", childId));

        var caseBefore = await fixture.AuditCountAsync("ChildProtection.Cases.Read", caseId);
        await fixture.GetAsync($"/api/child-protection/cases/{caseId}", worker);
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync($"/ChildProtection/Cases/Details/{caseId}")).StatusCode);
        Assert.Equal(caseBefore + 2, await fixture.AuditCountAsync("ChildProtection.Cases.Read", caseId));
    }

    [Fact]
    public async Task A_worker_of_xinshi_gets_404_for_a_child_and_a_case_of_wukang_from_the_api_and_the_pages()
    {
        var childId = await fixture.ChildAsync(6, fixture.WukangId);
        var caseId = await fixture.CaseAsync(childId);
        using var xinshi = await fixture.SignInAsync("xinshi.worker1");
        using var wukang = await fixture.SignInAsync("wukang.worker1");

        Assert.Equal(HttpStatusCode.OK, (await wukang.GetAsync($"/api/child-protection/children/{childId}")).StatusCode);
        var missing = await xinshi.GetAsync($"/api/child-protection/children/{Guid.NewGuid()}");
        var foreign = await xinshi.GetAsync($"/api/child-protection/children/{childId}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var missingTitle = (await AccountTestSupport.ProblemAsync(missing)).GetProperty("title").GetString();
        Assert.Equal(missingTitle, (await AccountTestSupport.ProblemAsync(foreign)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await xinshi.GetAsync($"/api/child-protection/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await xinshi.PostAsJsonAsync($"/api/child-protection/children/{childId}/visits", new { method = 0 })).StatusCode);
        var list = await fixture.GetAsync("/api/child-protection/children?pageSize=100", xinshi);
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == childId);

        using var page = AccountTestSupport.CookieClient(fixture.Host);
        await AccountTestSupport.SignInWithPageAsync(page, "xinshi.worker1", ChildProtectionHostFixture.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/ChildProtection/Children/Details/{childId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/ChildProtection/Cases/Details/{caseId}")).StatusCode);
    }

    [Fact]
    public async Task A_new_child_is_due_a_visit_today_the_sweep_puts_it_in_the_workers_tasks_and_a_visit_clears_it()
    {
        using var worker = await fixture.SignInAsync("wukang.worker1");
        var childId = await fixture.ChildAsync(8, fixture.WukangId, worker);
        var child = await fixture.GetAsync($"/api/child-protection/children/{childId}");
        Assert.Equal(ChildProtectionHostFixture.Today.ToString("yyyy-MM-dd"), child.GetProperty("plan").GetProperty("nextDueDate").GetString());
        Assert.Equal(1, child.GetProperty("plan").GetProperty("cadenceMonths").GetInt32()); // in distress: monthly

        Assert.Equal(HttpStatusCode.OK, (await fixture.Admin.PostAsync("/api/child-protection/reminders/sweep", null)).StatusCode);
        var tasks = await fixture.GetAsync("/api/child-protection/tasks", worker);
        Assert.Contains(tasks.EnumerateArray(), t => t.GetProperty("kind").GetString() == "visit" && t.GetProperty("childProfileId").GetGuid() == childId);

        var figuresBefore = await fixture.GetAsync("/api/child-protection/figures", worker);
        var visit = await worker.PostAsJsonAsync($"/api/child-protection/children/{childId}/visits", new { method = 0, findings = "孩子状态良好" });
        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);
        tasks = await fixture.GetAsync("/api/child-protection/tasks", worker);
        Assert.DoesNotContain(tasks.EnumerateArray(), t => t.GetProperty("kind").GetString() == "visit" && t.GetProperty("childProfileId").GetGuid() == childId);
        child = await fixture.GetAsync($"/api/child-protection/children/{childId}");
        Assert.Equal(ChildProtectionHostFixture.Today.AddMonths(1).ToString("yyyy-MM-dd"), child.GetProperty("plan").GetProperty("nextDueDate").GetString());

        var figures = await fixture.GetAsync("/api/child-protection/figures", worker);
        Assert.Equal(figuresBefore.GetProperty("visitsOnTime").GetInt32() + 1, figures.GetProperty("visitsOnTime").GetInt32());
        Assert.Equal(figuresBefore.GetProperty("childrenServed").GetInt32() + 1, figures.GetProperty("childrenServed").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.GetAsync("/api/child-protection/figures?month=2026-13")).StatusCode);

        // The visit also joins the station's 服务人次 that the 工作台 and the station page add up over every module.
        using var scope = fixture.Host.Services.CreateScope();
        var source = scope.ServiceProvider.GetServices<BuildingBlocks.Tasks.IServedCountSource>().Single(s => s.ModuleId == "ChildProtection");
        var counts = await source.GetServedCountsAsync(ChildProtectionHostFixture.Today, ChildProtectionHostFixture.Today, CancellationToken.None);
        var wukang = Assert.Single(counts, c => c.StationId == fixture.WukangId);
        Assert.True(wukang.ServiceTimes >= 1 && wukang.PeopleServed >= 1, $"{wukang}");
    }

    [Fact]
    public async Task Every_page_of_the_children_list_is_audited_once_from_the_api_and_from_the_page()
    {
        await fixture.ChildAsync(11, fixture.WukangId);
        using var worker = await fixture.SignInAsync("wukang.worker2");
        async Task<long> ListReadsAsync() =>
            (await fixture.GetAsync("/api/platform/audit?action=ChildProtection.Children.List&user=wukang.worker2&pageSize=1")).GetProperty("total").GetInt64();
        var before = await ListReadsAsync();

        var list = await fixture.GetAsync("/api/child-protection/children?riskLevel=High&search=测试", worker);
        Assert.Equal(before + 1, await ListReadsAsync());
        var row = (await fixture.GetAsync("/api/platform/audit?action=ChildProtection.Children.List&user=wukang.worker2&pageSize=1")).GetProperty("items")[0];
        Assert.Contains($"of {list.GetProperty("total").GetInt32()} shown", row.GetProperty("detail").GetString());
        Assert.Contains("search=测试", row.GetProperty("detail").GetString());

        using var page = AccountTestSupport.CookieClient(fixture.Host);
        await AccountTestSupport.SignInWithPageAsync(page, "wukang.worker2", ChildProtectionHostFixture.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/ChildProtection/Children")).StatusCode);
        Assert.Equal(before + 2, await ListReadsAsync());
    }

    [Fact]
    public async Task A_worker_of_another_town_cannot_be_given_a_child_or_a_case()
    {
        Guid xinshiWorker;
        using (var scope = fixture.Host.Services.CreateScope())
            xinshiWorker = (await scope.ServiceProvider.GetRequiredService<BuildingBlocks.Security.IStaffDirectory>()
                .FindByUserNameAsync("xinshi.worker1", CancellationToken.None))!.Id;

        var residentId = await fixture.ResidentAsync(9, fixture.WukangId);
        var refused = await fixture.Admin.PostAsJsonAsync("/api/child-protection/children", new { residentId, category = 0, assignedWorkerId = xinshiWorker });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(BuildingBlocks.Security.StaffAssignment.NotAssignableMessage, await refused.Content.ReadAsStringAsync());

        var childId = await fixture.ChildAsync(9, fixture.WukangId);
        var openCase = await fixture.Admin.PostAsJsonAsync($"/api/child-protection/children/{childId}/cases", new { intakeReason = "学校反映情况", assignedWorkerId = xinshiWorker });
        Assert.Equal(HttpStatusCode.BadRequest, openCase.StatusCode);
        Assert.DoesNotContain((await fixture.GetAsync($"/api/child-protection/cases?pageSize=100")).GetProperty("items").EnumerateArray(),
            c => c.GetProperty("childProfileId").GetGuid() == childId);
    }

    [Fact]
    public async Task The_cadence_policy_refuses_visiting_children_in_distress_less_than_monthly()
    {
        var cadences = Enumerable.Range(0, 6).Select(c => new { category = c, months = c == 0 ? 2 : 1, days = 0 }).ToArray();
        var response = await fixture.Admin.PutAsJsonAsync("/api/child-protection/policy", new { cadences });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("至少每月", (await AccountTestSupport.ProblemAsync(response)).ToString());
    }

    [Fact]
    public async Task The_children_export_is_an_xlsx_for_managers_without_health_and_forbidden_to_workers()
    {
        await fixture.ChildAsync(9, healthNotes: "导出不应包含");
        using var worker = await fixture.SignInAsync("wukang.worker1");
        using var manager = await fixture.SignInAsync("wukang.manager");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/child-protection/children/export")).StatusCode);
        var response = await manager.GetAsync("/api/child-protection/children/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        using var stream = new MemoryStream(bytes);
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, r => r.Values.Any(v => v?.ToString()?.Contains("导出不应包含") == true));
        Assert.DoesNotContain("健康", string.Join(",", rows[0].Keys));
    }

    [Fact]
    public async Task The_demo_children_get_profiles_and_a_case_and_the_api_is_in_the_openapi_document()
    {
        var list = await fixture.GetAsync("/api/child-protection/children?search=吴佳怡");
        var child = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal((int)ChildCategory.LeftBehind, child.GetProperty("category").GetInt32());
        Assert.True(child.GetProperty("under14").GetBoolean());
        var detail = await fixture.GetAsync($"/api/child-protection/children/{child.GetProperty("id").GetGuid()}");
        Assert.Single(detail.GetProperty("cases").EnumerateArray());

        var openApi = await fixture.Admin.GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/child-protection/children/{id}", "/api/child-protection/cases/{id}/decision", "/api/child-protection/referrals/{id}/response", "/api/child-protection/figures" })
        {
            Assert.Contains(path, openApi);
        }
    }
}
