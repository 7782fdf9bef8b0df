using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ModularSocialWork.IntegrationTests.ElderlyCare;

/// <summary>Recording visits and major events moves the plan as the policy says; bad input saves nothing.</summary>
public sealed class VisitsApiTests(ProfilesHostFixture fixture) : IClassFixture<ProfilesHostFixture>
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");
    private static DateOnly Today => ProfilesHostFixture.Today;

    [Fact]
    public async Task Recording_a_visit_moves_the_next_due_date_one_cadence_on()
    {
        var id = await fixture.ElderAsync(70, ["alone"]); // key: monthly
        var response = await fixture.Admin.PostAsJsonAsync($"/api/elderly-care/elders/{id}/visits", new
        {
            method = 0, living = 0, health = 1, safety = 0, mental = 0, findings = "精神尚可", needsFound = "助餐",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var plan = (await fixture.GetElderAsync(id)).GetProperty("plan");
        Assert.Equal(Iso(Today), plan.GetProperty("lastVisitDate").GetString());
        Assert.Equal(Iso(Today.AddMonths(1)), plan.GetProperty("nextDueDate").GetString());

        var visits = await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/elderly-care/elders/{id}/visits");
        var visit = Assert.Single(visits.EnumerateArray());
        Assert.Equal("吴刚", visit.GetProperty("visitorName").GetString()); // the signed-in staff member by default
    }

    [Fact]
    public async Task A_visit_recorded_after_the_county_changes_a_cadence_is_planned_with_the_new_cadence()
    {
        // Recording a visit reads the policy from an in-process cache (SQLite): a saved policy must reach the very next visit.
        var id = await fixture.ElderAsync(70, ["alone"]); // key: monthly by default
        Assert.Equal(HttpStatusCode.Created, (await fixture.Admin.PostAsJsonAsync($"/api/elderly-care/elders/{id}/visits", new { method = 0 })).StatusCode);
        Assert.Equal(Iso(Today.AddMonths(1)), (await fixture.GetElderAsync(id)).GetProperty("plan").GetProperty("nextDueDate").GetString());

        var policy = JsonSerializer.SerializeToNode(Authorization.MatrixSamples.DefaultElderPolicy())!;
        policy["cadences"]![1]!["months"] = 0;
        policy["cadences"]![1]!["days"] = 14;
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await fixture.Admin.PutAsJsonAsync("/api/elderly-care/policy", policy)).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await fixture.Admin.PostAsJsonAsync($"/api/elderly-care/elders/{id}/visits", new { method = 1 })).StatusCode);
            Assert.Equal(Iso(Today.AddDays(14)), (await fixture.GetElderAsync(id)).GetProperty("plan").GetProperty("nextDueDate").GetString());
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await fixture.Admin.PutAsJsonAsync("/api/elderly-care/policy", Authorization.MatrixSamples.DefaultElderPolicy())).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Created, (await fixture.Admin.PostAsJsonAsync($"/api/elderly-care/elders/{id}/visits", new { method = 2 })).StatusCode);
        Assert.Equal(Iso(Today.AddMonths(1)), (await fixture.GetElderAsync(id)).GetProperty("plan").GetProperty("nextDueDate").GetString());
    }

    [Fact]
    public async Task A_visit_dated_in_the_future_is_a_400_with_a_chinese_field_error_and_saves_nothing()
    {
        var id = await fixture.ElderAsync(70, ["alone"]);
        var response = await fixture.Admin.PostAsJsonAsync($"/api/elderly-care/elders/{id}/visits", new { visitDate = Iso(Today.AddDays(2)), method = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty("visitDate")[0].GetString();
        Assert.Equal("探访日期不能晚于今天。", message);

        var before = await fixture.Admin.PostAsJsonAsync($"/api/elderly-care/elders/{id}/visits", new { visitDate = Iso(Today.AddDays(-5)), method = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        Assert.Contains("建档", await before.Content.ReadAsStringAsync());

        Assert.Empty((await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/elderly-care/elders/{id}/visits")).EnumerateArray());
        Assert.Equal(JsonValueKind.Null, (await fixture.GetElderAsync(id)).GetProperty("plan").GetProperty("lastVisitDate").ValueKind);
    }

    [Fact]
    public async Task A_hospitalisation_asks_for_a_visit_the_next_day_and_the_visit_clears_it()
    {
        var id = await fixture.ElderAsync(65, []); // general: quarterly
        Assert.Equal(HttpStatusCode.Created, (await fixture.Admin.PostAsJsonAsync($"/api/elderly-care/elders/{id}/visits", new { method = 1 })).StatusCode);
        Assert.Equal(Iso(Today.AddMonths(3)), (await fixture.GetElderAsync(id)).GetProperty("plan").GetProperty("nextDueDate").GetString());

        Assert.Equal(HttpStatusCode.Created, (await fixture.Admin.PostAsJsonAsync($"/api/elderly-care/elders/{id}/events", new { kind = 0 })).StatusCode);
        var plan = (await fixture.GetElderAsync(id)).GetProperty("plan");
        Assert.Equal(Iso(Today.AddDays(1)), plan.GetProperty("urgentDueDate").GetString());
        Assert.Equal(Iso(Today.AddDays(1)), plan.GetProperty("nextDueDate").GetString());
    }

    [Fact]
    public async Task Extreme_weather_for_a_station_asks_for_a_visit_to_each_of_its_elders_including_its_villages_and_no_one_else()
    {
        var a = await fixture.ElderAsync(90, ["alone"], fixture.XinshiId);
        var b = await fixture.ElderAsync(62, [], fixture.XinshiId);
        var village = await fixture.ElderAsync(75, [], fixture.SongshiId);
        var elsewhere = await fixture.ElderAsync(75, [], fixture.WukangId);
        foreach (var id in new[] { a, b, village, elsewhere })
            Assert.Equal(HttpStatusCode.Created, (await fixture.Admin.PostAsJsonAsync($"/api/elderly-care/elders/{id}/visits", new { method = 1 })).StatusCode);

        var response = await fixture.Admin.PostAsJsonAsync($"/api/elderly-care/stations/{fixture.XinshiId}/events", new { kind = 2 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        foreach (var id in new[] { a, b, village })
            Assert.Equal(Iso(Today.AddDays(1)), (await fixture.GetElderAsync(id)).GetProperty("plan").GetProperty("nextDueDate").GetString());
        Assert.Equal(Iso(Today.AddMonths(3)), (await fixture.GetElderAsync(elsewhere)).GetProperty("plan").GetProperty("nextDueDate").GetString());
    }
}
