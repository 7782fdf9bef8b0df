using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularSocialWork.IntegrationTests.Accounts;

namespace ModularSocialWork.IntegrationTests.ChildProtection;

/// <summary>Issue 5's case lifecycle over the API: a worker and a manager from intake to closure, refusals, reopen.</summary>
public sealed class CaseLifecycleApiTests(ChildProtectionHostFixture fixture) : IClassFixture<ChildProtectionHostFixture>
{
    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body) => await client.PostAsJsonAsync(url, body);

    private async Task<JsonElement> CaseAsync(Guid id) => await fixture.GetAsync($"/api/child-protection/cases/{id}");

    private static async Task AssertStatusAsync(HttpStatusCode expected, HttpResponseMessage response) =>
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

    [Fact]
    public async Task A_worker_and_a_manager_take_a_case_from_intake_to_closure_and_it_reopens()
    {
        using var worker = await fixture.SignInAsync("wukang.worker1");
        using var manager = await fixture.SignInAsync("wukang.manager");
        var childId = await fixture.ChildAsync(9, fixture.WukangId, worker);
        var caseId = await fixture.CaseAsync(childId, worker);
        var url = $"/api/child-protection/cases/{caseId}";
        Assert.Equal(0, (await CaseAsync(caseId)).GetProperty("status").GetInt32());

        // 评估: 2+3+2+1+1+2+1+1 = 13 → medium, but a 3 on 受侵害风险 makes it high.
        await AssertStatusAsync(HttpStatusCode.OK, await PostAsync(worker, url + "/assessment", new { answers = new[] { 2, 3, 2, 1, 1, 2, 1, 1 }, notes = "父母外出，祖母年迈" }));
        var assessed = await CaseAsync(caseId);
        Assert.Equal(1, assessed.GetProperty("status").GetInt32());
        Assert.Equal(13, assessed.GetProperty("assessmentScore").GetInt32());
        Assert.Equal(2, assessed.GetProperty("assessedRiskLevel").GetInt32());
        Assert.True(assessed.GetProperty("awaitsSupervisor").GetBoolean());

        // Only the supervisor decides.
        await AssertStatusAsync(HttpStatusCode.Forbidden, await PostAsync(worker, url + "/decision", new { approve = true }));
        await AssertStatusAsync(HttpStatusCode.OK, await PostAsync(manager, url + "/decision", new { approve = true, comment = "评估充分，同意" }));
        Assert.Equal(2, (await CaseAsync(caseId)).GetProperty("status").GetInt32());
        Assert.Equal(2, (await fixture.GetAsync($"/api/child-protection/children/{childId}")).GetProperty("riskLevel").GetInt32());

        // 服务计划: returned once with a comment, then approved.
        await AssertStatusAsync(HttpStatusCode.OK, await PostAsync(worker, url + "/plan", new { goals = "保障基本生活", actions = "每周电话" }));
        await AssertStatusAsync(HttpStatusCode.BadRequest, await PostAsync(manager, url + "/decision", new { approve = false }));
        await AssertStatusAsync(HttpStatusCode.OK, await PostAsync(manager, url + "/decision", new { approve = false, comment = "请增加学业支持" }));
        Assert.Equal(2, (await CaseAsync(caseId)).GetProperty("status").GetInt32());
        await AssertStatusAsync(HttpStatusCode.OK, await PostAsync(worker, url + "/plan", new { goals = "保障基本生活和学业", actions = "每周电话；联系学校课后辅导" }));
        await AssertStatusAsync(HttpStatusCode.OK, await PostAsync(manager, url + "/decision", new { approve = true, comment = "同意" }));
        Assert.Equal(4, (await CaseAsync(caseId)).GetProperty("status").GetInt32());

        // 服务与跟进: a follow-up due today shows in the worker's tasks until it is done.
        var followUp = await PostAsync(worker, url + "/follow-ups", new { dueDate = ChildProtectionHostFixture.Today, task = "入户了解学习情况" });
        await AssertStatusAsync(HttpStatusCode.Created, followUp);
        var followUpId = (await followUp.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var tasks = await fixture.GetAsync("/api/child-protection/tasks", worker);
        Assert.Contains(tasks.EnumerateArray(), t => t.GetProperty("caseId").ValueKind == JsonValueKind.String && t.GetProperty("caseId").GetGuid() == caseId);
        await AssertStatusAsync(HttpStatusCode.OK, await PostAsync(worker, $"/api/child-protection/follow-ups/{followUpId}/complete", new { result = "孩子作业完成良好" }));
        await AssertStatusAsync(HttpStatusCode.Conflict, await PostAsync(worker, $"/api/child-protection/follow-ups/{followUpId}/complete", new { result = "再次" }));
        tasks = await fixture.GetAsync("/api/child-protection/tasks", worker);
        Assert.DoesNotContain(tasks.EnumerateArray(), t => t.GetProperty("caseId").ValueKind == JsonValueKind.String && t.GetProperty("caseId").GetGuid() == caseId);

        // 结案.
        await AssertStatusAsync(HttpStatusCode.OK, await PostAsync(worker, url + "/closure", new { reason = "父亲返乡，监护恢复" }));
        await AssertStatusAsync(HttpStatusCode.OK, await PostAsync(manager, url + "/decision", new { approve = true, comment = "同意结案" }));
        var closed = await CaseAsync(caseId);
        Assert.Equal(6, closed.GetProperty("status").GetInt32());
        Assert.Equal(ChildProtectionHostFixture.Today.ToString("yyyy-MM-dd"), closed.GetProperty("closedOn").GetString());
        var history = closed.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(8, history.Count);
        Assert.Contains(history, h => h.GetProperty("comment").GetString() == "请增加学业支持" && h.GetProperty("byName").GetString() is { Length: > 0 });
        Assert.True(closed.GetProperty("followUps")[0].GetProperty("onTime").GetBoolean());

        // Reopen: back to intake, to be assessed again.
        await AssertStatusAsync(HttpStatusCode.OK, await PostAsync(worker, url + "/reopen", new { reason = "父亲再次外出" }));
        var reopened = await CaseAsync(caseId);
        Assert.Equal(0, reopened.GetProperty("status").GetInt32());
        Assert.Equal(1, reopened.GetProperty("reopenCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("closedOn").ValueKind);
    }

    [Theory]
    [InlineData("/assessment")]
    [InlineData("/plan")]
    [InlineData("/closure")]
    [InlineData("/decision")]
    [InlineData("/reopen")]
    public async Task A_step_posted_without_a_body_is_a_400_problem_in_json_and_changes_nothing(string step)
    {
        var caseId = await fixture.CaseAsync(await fixture.ChildAsync());
        var before = await CaseAsync(caseId);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/child-protection/cases/{caseId}{step}");
        using var response = await fixture.Admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("缺少请求内容", await response.Content.ReadAsStringAsync());
        Assert.Equal(before.ToString(), (await CaseAsync(caseId)).ToString());
    }

    [Fact]
    public async Task Illegal_transitions_are_refused_with_a_chinese_409_and_change_nothing()
    {
        var caseId = await fixture.CaseAsync(await fixture.ChildAsync());
        var url = $"/api/child-protection/cases/{caseId}";
        var before = await CaseAsync(caseId);

        foreach (var (path, body) in new (string, object)[]
                 {
                     ("/plan", new { goals = "目标", actions = "措施" }),
                     ("/closure", new { reason = "提前结案" }),
                     ("/decision", new { approve = true }),
                     ("/reopen", new { reason = "重新开案" }),
                     ("/follow-ups", new { dueDate = ChildProtectionHostFixture.Today, task = "跟进" }),
                 })
        {
            var response = await PostAsync(fixture.Admin, url + path, body);
            await AssertStatusAsync(HttpStatusCode.Conflict, response);
            var problem = await AccountTestSupport.ProblemAsync(response);
            Assert.Contains("受理", problem.ToString());
        }

        var after = await CaseAsync(caseId);
        Assert.Equal(before.GetProperty("version").GetGuid(), after.GetProperty("version").GetGuid());
        Assert.Equal(0, after.GetProperty("status").GetInt32());
        Assert.Empty(after.GetProperty("history").EnumerateArray());
        Assert.Empty(after.GetProperty("followUps").EnumerateArray());

        // A second open case for the same child is a conflict too; a bad assessment form is a 400.
        var childId = after.GetProperty("childProfileId").GetGuid();
        await AssertStatusAsync(HttpStatusCode.Conflict, await PostAsync(fixture.Admin, $"/api/child-protection/children/{childId}/cases", new { intakeReason = "再次受理" }));
        await AssertStatusAsync(HttpStatusCode.BadRequest, await PostAsync(fixture.Admin, url + "/assessment", new { answers = new[] { 1, 2, 9 } }));
        Assert.Equal(0, (await CaseAsync(caseId)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_referral_to_another_station_is_seen_and_answered_by_that_station_while_the_case_stays_hidden()
    {
        using var wukang = await fixture.SignInAsync("wukang.worker1");
        using var xinshi = await fixture.SignInAsync("xinshi.worker1");
        var caseId = await fixture.CaseAsync(await fixture.ChildAsync(12, fixture.WukangId));

        await AssertStatusAsync(HttpStatusCode.BadRequest, await PostAsync(wukang, $"/api/child-protection/cases/{caseId}/referrals", new { target = 0, reason = "家庭迁居新市" }));
        var created = await PostAsync(wukang, $"/api/child-protection/cases/{caseId}/referrals", new { target = 0, toStationId = fixture.XinshiId, reason = "家庭迁居新市" });
        await AssertStatusAsync(HttpStatusCode.Created, created);
        var referralId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var incoming = await fixture.GetAsync("/api/child-protection/referrals?direction=incoming", xinshi);
        Assert.Contains(incoming.EnumerateArray(), r => r.GetProperty("id").GetGuid() == referralId);
        Assert.Equal(HttpStatusCode.OK, (await xinshi.GetAsync($"/api/child-protection/referrals/{referralId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await xinshi.GetAsync($"/api/child-protection/cases/{caseId}")).StatusCode);

        // The referring side may not answer for the receiving station; a rejection needs a reason.
        await AssertStatusAsync(HttpStatusCode.Conflict, await PostAsync(wukang, $"/api/child-protection/referrals/{referralId}/response", new { accept = true }));
        await AssertStatusAsync(HttpStatusCode.BadRequest, await PostAsync(xinshi, $"/api/child-protection/referrals/{referralId}/response", new { accept = false }));
        await AssertStatusAsync(HttpStatusCode.OK, await PostAsync(xinshi, $"/api/child-protection/referrals/{referralId}/response", new { accept = false, reason = "家庭尚未迁入本镇" }));
        await AssertStatusAsync(HttpStatusCode.Conflict, await PostAsync(xinshi, $"/api/child-protection/referrals/{referralId}/response", new { accept = true }));

        var seenByWukang = await fixture.GetAsync($"/api/child-protection/referrals/{referralId}", wukang);
        Assert.Equal(2, seenByWukang.GetProperty("status").GetInt32());
        Assert.Equal("家庭尚未迁入本镇", seenByWukang.GetProperty("responseReason").GetString());
        var onCase = (await CaseAsync(caseId)).GetProperty("referrals");
        Assert.Equal(referralId, Assert.Single(onCase.EnumerateArray()).GetProperty("id").GetGuid());

        // A third party (another town's worker would be; here: a referral to a department) is not visible to xinshi.
        var police = await PostAsync(wukang, $"/api/child-protection/cases/{caseId}/referrals", new { target = 2, targetName = "武康派出所", reason = "疑似受侵害" });
        var policeId = (await police.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await xinshi.GetAsync($"/api/child-protection/referrals/{policeId}")).StatusCode);
        await AssertStatusAsync(HttpStatusCode.OK, await PostAsync(wukang, $"/api/child-protection/referrals/{policeId}/response", new { accept = true, reason = "派出所已立案" }));
    }
}
