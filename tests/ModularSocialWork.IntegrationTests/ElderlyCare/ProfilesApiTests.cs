using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.IntegrationTests.ElderlyCare;

/// <summary>Elder profiles over the API: creation plans a first visit today, stale writes, health notes, scoping.</summary>
public sealed class ProfilesApiTests(ProfilesHostFixture fixture) : IClassFixture<ProfilesHostFixture>
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_new_profile_gets_its_tier_from_the_policy_and_a_plan_due_today()
    {
        var id = await fixture.ElderAsync(82, ["alone"]);
        var elder = await fixture.GetElderAsync(id);

        Assert.Equal(2, elder.GetProperty("riskTier").GetInt32()); // high risk: 80+ living alone
        Assert.Equal(2, elder.GetProperty("derivedTier").GetInt32());
        var plan = elder.GetProperty("plan");
        Assert.Equal(Iso(ProfilesHostFixture.Today), plan.GetProperty("nextDueDate").GetString());
        Assert.Equal(JsonValueKind.Null, plan.GetProperty("lastVisitDate").ValueKind);
    }

    [Fact]
    public async Task A_second_profile_for_the_same_resident_is_a_conflict_and_an_unknown_resident_is_not_found()
    {
        var residentId = await fixture.ResidentAsync(70);
        Assert.Equal(HttpStatusCode.Created, (await fixture.Admin.PostAsJsonAsync("/api/elderly-care/elders", new { residentId })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Admin.PostAsJsonAsync("/api/elderly-care/elders", new { residentId })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Admin.PostAsJsonAsync("/api/elderly-care/elders", new { residentId = Guid.NewGuid() })).StatusCode);
    }

    [Fact]
    public async Task An_update_with_a_stale_version_is_refused_with_409()
    {
        var id = await fixture.ElderAsync(65, ["empty_nest"]);
        var version = (await fixture.GetElderAsync(id)).GetProperty("version").GetGuid();

        var first = await fixture.Admin.PutAsJsonAsync($"/api/elderly-care/elders/{id}", new { version, tags = new[] { "disabled" } });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var stale = await fixture.Admin.PutAsJsonAsync($"/api/elderly-care/elders/{id}", new { version, tags = new[] { "alone" } });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var elder = await fixture.GetElderAsync(id);
        Assert.Equal(["disabled"], elder.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(1, elder.GetProperty("riskTier").GetInt32());
    }

    [Fact]
    public async Task A_tier_override_needs_a_reason_and_wins_until_cleared()
    {
        var id = await fixture.ElderAsync(65, []);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await fixture.Admin.PostAsJsonAsync($"/api/elderly-care/elders/{id}/tier-override", new { tier = 2, reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await fixture.Admin.PostAsJsonAsync($"/api/elderly-care/elders/{id}/tier-override", new { tier = 2, reason = "近期跌倒" })).StatusCode);
        Assert.Equal(2, (await fixture.GetElderAsync(id)).GetProperty("riskTier").GetInt32());
        Assert.Equal(HttpStatusCode.OK,
            (await fixture.Admin.PostAsJsonAsync($"/api/elderly-care/elders/{id}/tier-override", new { tier = (int?)null })).StatusCode);
        Assert.Equal(0, (await fixture.GetElderAsync(id)).GetProperty("riskTier").GetInt32());
    }

    [Fact]
    public async Task Health_notes_reach_staff_who_may_read_them_but_never_a_viewer()
    {
        var id = await fixture.ElderAsync(75, ["alone"], healthNotes: "糖尿病，需胰岛素");
        Assert.Equal("糖尿病，需胰岛素", (await fixture.GetElderAsync(id)).GetProperty("healthNotes").GetString());

        using var viewer = await fixture.Host.SignedInAsync("viewer", ProfilesHostFixture.DemoPassword);
        var response = await viewer.GetAsync($"/api/elderly-care/elders/{id}");
        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("糖尿病", json);
        Assert.False(JsonDocument.Parse(json).RootElement.GetProperty("healthNotesVisible").GetBoolean());
    }

    [Fact]
    public async Task A_worker_of_xinshi_cannot_read_or_write_an_elder_of_wukang()
    {
        var id = await fixture.ElderAsync(85, ["alone"], fixture.WukangId);
        using var xinshi = await fixture.Host.SignedInAsync("xinshi.worker1", ProfilesHostFixture.DemoPassword);
        using var wukang = await fixture.Host.SignedInAsync("wukang.worker1", ProfilesHostFixture.DemoPassword);

        Assert.Equal(HttpStatusCode.NotFound, (await xinshi.GetAsync($"/api/elderly-care/elders/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await xinshi.PostAsJsonAsync($"/api/elderly-care/elders/{id}/visits", new { method = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await wukang.GetAsync($"/api/elderly-care/elders/{id}")).StatusCode);

        var list = await xinshi.GetFromJsonAsync<JsonElement>("/api/elderly-care/elders?pageSize=100");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Only_staff_of_the_elders_station_or_its_villages_can_be_assigned_to_visit()
    {
        var id = await fixture.ElderAsync(70, ["alone"], fixture.WukangId);
        Guid wukangWorker, xinshiWorker;
        using (var scope = fixture.Host.Services.CreateScope())
        {
            var staff = scope.ServiceProvider.GetRequiredService<IStaffDirectory>();
            wukangWorker = (await staff.FindByUserNameAsync("wukang.worker2", CancellationToken.None))!.Id;
            xinshiWorker = (await staff.FindByUserNameAsync("xinshi.worker1", CancellationToken.None))!.Id;
        }

        var elder = await fixture.GetElderAsync(id);
        var refused = await fixture.Admin.PutAsJsonAsync($"/api/elderly-care/elders/{id}", new
        {
            version = elder.GetProperty("version").GetGuid(), tags = new[] { "alone" }, assignedWorkerId = xinshiWorker,
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("不属于该档案所在的站点", await refused.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, (await fixture.GetElderAsync(id)).GetProperty("assignedWorkerId").ValueKind);

        var unknown = await fixture.Admin.PostAsJsonAsync("/api/elderly-care/elders", new { residentId = await fixture.ResidentAsync(70), assignedWorkerId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var accepted = await fixture.Admin.PutAsJsonAsync($"/api/elderly-care/elders/{id}", new
        {
            version = elder.GetProperty("version").GetGuid(), tags = new[] { "alone" }, assignedWorkerId = wukangWorker,
        });
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync());
        Assert.Equal(wukangWorker, (await fixture.GetElderAsync(id)).GetProperty("assignedWorkerId").GetGuid());
    }

    [Fact]
    public async Task The_county_policy_cannot_be_saved_while_acting_as_one_station()
    {
        using var actingAsWukang = await fixture.Host.SignedInAsync("county.admin", ProfilesHostFixture.DemoPassword);
        actingAsWukang.DefaultRequestHeaders.Add("Cookie", $"msw.station={fixture.WukangId}");
        var refused = await actingAsWukang.PutAsJsonAsync("/api/elderly-care/policy", Authorization.MatrixSamples.DefaultElderPolicy());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("切换到县级身份", await refused.Content.ReadAsStringAsync());

        var saved = await fixture.Admin.PutAsJsonAsync("/api/elderly-care/policy", Authorization.MatrixSamples.DefaultElderPolicy());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    [Fact]
    public async Task The_demo_seed_gives_the_demo_elders_profiles_assigned_to_the_town_worker_with_due_and_overdue_plans()
    {
        var list = await fixture.Admin.GetFromJsonAsync<JsonElement>("/api/elderly-care/elders?search=沈阿婆");
        var shen = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(2, shen.GetProperty("riskTier").GetInt32()); // 88, living alone

        using (var scope = fixture.Host.Services.CreateScope())
        {
            var worker = await scope.ServiceProvider.GetRequiredService<IStaffDirectory>().FindByUserNameAsync("wukang.worker1", CancellationToken.None);
            Assert.Equal(worker!.Id, shen.GetProperty("assignedWorkerId").GetGuid());
        }

        var all = (await fixture.Admin.GetFromJsonAsync<JsonElement>("/api/elderly-care/elders?pageSize=100")).GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("name").GetString() is { } n && !n.StartsWith("测试老人", StringComparison.Ordinal)).ToList();
        Assert.True(all.Count >= 8, $"{all.Count} demo elders");
        var today = Iso(ProfilesHostFixture.Today);
        Assert.Contains(all, e => e.GetProperty("nextDueDate").GetString() == today);
        Assert.Contains(all, e => string.CompareOrdinal(e.GetProperty("nextDueDate").GetString(), today) < 0);
        Assert.Contains(all, e => string.CompareOrdinal(e.GetProperty("nextDueDate").GetString(), today) > 0);
    }
}
