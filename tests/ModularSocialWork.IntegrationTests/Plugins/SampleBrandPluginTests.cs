using System.Net;
using System.Net.Http.Json;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.Host.Composition;
using ModularSocialWork.Host.Composition.Plugins;
using ModularSocialWork.IntegrationTests.Accounts;

namespace ModularSocialWork.IntegrationTests.Plugins;

/// <summary>
/// The sample brand 反诈宣传 "守好养老钱", loaded from the plugins folder: its page, API, navigation, static files,
/// migrations, permissions, recurring job, 我的待办 and served counts all work through the host.
/// </summary>
public sealed class SampleBrandPluginTests(SampleBrandHostFixture fixture) : IClassFixture<SampleBrandHostFixture>
{
    private const string Brand = "AntiFraudBrand";

    private async Task<HttpClient> PageClientAsync(string userName)
    {
        var client = AccountTestSupport.CookieClient(fixture.Host);
        await AccountTestSupport.SignInWithPageAsync(client, userName, SampleBrandHostFixture.DemoPassword);
        return client;
    }

    [Fact]
    public void The_host_loads_the_sample_from_the_plugins_folder_in_its_own_load_context()
    {
        var entry = fixture.Host.Services.GetRequiredService<ModuleCatalog>().Enabled.Single(e => e.Manifest.Id == Brand);
        Assert.StartsWith("plugin ", entry.Source, StringComparison.Ordinal);
        Assert.True(entry.Manifest.IsBrandService);
        Assert.IsType<PluginLoadContext>(AssemblyLoadContext.GetLoadContext(entry.Assembly));
        Assert.StartsWith(SampleBrandHostFixture.PluginDirectory, entry.Assembly.Location, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, entry.Assembly.GetName().Name + ".dll")), "the tests must not reference the plugin");

        // Shared assemblies are the host's: one ModuleBase type, one MediatR.
        var buildingBlocks = entry.Assembly.GetReferencedAssemblies().Single(r => r.Name == "ModularSocialWork.BuildingBlocks");
        Assert.Same(typeof(ModularSocialWork.BuildingBlocks.Modules.ModuleBase).Assembly, AssemblyLoadContext.GetLoadContext(entry.Assembly)!.LoadFromAssemblyName(buildingBlocks));
        Assert.True(File.Exists(Path.Combine(fixture.Host.DataDirectory, "anti_fraud_brand.db")), "its migrations ran");
    }

    [Fact]
    public async Task Its_page_navigation_and_static_files_are_served()
    {
        using var client = await PageClientAsync("wukang.worker1");
        var page = await client.GetStringAsync("/AntiFraudBrand");
        Assert.Contains("守好养老钱", page);
        Assert.Contains("/_content/ModularSocialWork.Modules.Brands.AntiFraud/css/anti-fraud.css", page);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/AntiFraudBrand/Record?q=测试")).StatusCode);

        var home = await client.GetStringAsync("/");
        Assert.Contains("href=\"/AntiFraudBrand\"", home);

        var css = await client.GetAsync("/_content/ModularSocialWork.Modules.Brands.AntiFraud/css/anti-fraud.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains(".anti-fraud-title", await css.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_null_attendee_an_unknown_station_a_resident_of_another_town_or_a_missing_date_is_a_400_and_saves_nothing()
    {
        var (resident, _) = await fixture.ResidentAsync(fixture.WukangId);
        using var admin = await fixture.Host.SignedInAsync("county.admin", SampleBrandHostFixture.DemoPassword);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime).ToString("yyyy-MM-dd");
        var before = (await admin.GetFromJsonAsync<JsonElement>("/api/anti-fraud-brand/activities")).GetArrayLength();
        var stations = await admin.GetFromJsonAsync<JsonElement>("/api/platform/stations");
        var xinshi = stations.EnumerateArray().First(s => s.GetProperty("code").GetString() == "xinshi").GetProperty("id").GetGuid();

        foreach (var (body, expected) in new (object, string)[]
                 {
                     (new { stationId = fixture.WukangId, kind = 0, title = "宣讲", date = today, fraudTypes = 1, attendees = new object?[] { null } }, "参加居民不能为空"),
                     (new { stationId = Guid.NewGuid(), kind = 0, title = "宣讲", date = today, fraudTypes = 1, attendees = new[] { new { residentId = resident } } }, "找不到该站点"),
                     (new { stationId = xinshi, kind = 0, title = "宣讲", date = today, fraudTypes = 1, attendees = new[] { new { residentId = resident } } }, "不属于该站点"),
                     (new { stationId = fixture.WukangId, kind = 0, title = "宣讲", fraudTypes = 1, attendees = new[] { new { residentId = resident } } }, "不能早于一年前"),
                 })
        {
            var response = await admin.PostAsJsonAsync("/api/anti-fraud-brand/activities", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(before, (await admin.GetFromJsonAsync<JsonElement>("/api/anti-fraud-brand/activities")).GetArrayLength());
    }

    [Fact]
    public async Task A_reported_suspicious_call_raises_a_follow_up_in_my_tasks_and_attendance_joins_the_served_counts()
    {
        var (reporter, reporterName) = await fixture.ResidentAsync(fixture.WukangId);
        var (other, _) = await fixture.ResidentAsync(fixture.WukangId);
        using var worker = await fixture.Host.SignedInAsync("wukang.worker1", SampleBrandHostFixture.DemoPassword);
        using var admin = await fixture.Host.SignedInAsync("county.admin", SampleBrandHostFixture.DemoPassword);
        var before = await ServiceTimesAsync(admin);

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var created = await worker.PostAsJsonAsync("/api/anti-fraud-brand/activities", new
        {
            stationId = fixture.WukangId,
            kind = 0,
            title = "守好养老钱·防范冒充公检法",
            date = today.ToString("yyyy-MM-dd"),
            location = "武康社区活动室",
            fraudTypes = 1 | 4,
            materials = "防骗手册",
            materialsCount = 30,
            attendees = new object[]
            {
                new { residentId = reporter, reportedSuspicious = true, note = "接到自称公安的电话要求转账" },
                new { residentId = other },
            },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var activityId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var detail = await worker.GetFromJsonAsync<JsonElement>($"/api/anti-fraud-brand/activities/{activityId}");
        Assert.Equal(2, detail.GetProperty("attendees").GetArrayLength());
        Assert.Equal("冒充公检法、养老投资/以房养老", detail.GetProperty("activity").GetProperty("fraudTypesText").GetString());

        var followUps = await worker.GetFromJsonAsync<JsonElement>("/api/anti-fraud-brand/follow-ups");
        var followUp = followUps.EnumerateArray().Single(f => f.GetProperty("residentId").GetGuid() == reporter);
        Assert.Equal(today.AddDays(3).ToString("yyyy-MM-dd"), followUp.GetProperty("dueDate").GetString());

        using (var pages = await PageClientAsync("wukang.worker1"))
        {
            var home = await pages.GetStringAsync("/");
            Assert.Contains($"反诈回访：{reporterName}", home);
            Assert.Contains("本月服务人次（全部服务）", home);
        }

        // County admin assigns the brand to 武康; the station list shows it with this month's served counts.
        var assign = await admin.PutAsJsonAsync($"/api/platform/stations/{fixture.WukangId}/brands", new { moduleIds = new[] { Brand } });
        Assert.True(assign.IsSuccessStatusCode, await assign.Content.ReadAsStringAsync());
        var brands = await admin.GetFromJsonAsync<JsonElement>("/api/platform/brands");
        Assert.Contains(brands.GetProperty("brands").EnumerateArray(), b => b.GetProperty("id").GetString() == Brand);
        var wukang = brands.GetProperty("stations").EnumerateArray().Single(s => s.GetProperty("stationId").GetGuid() == fixture.WukangId);
        Assert.Equal([Brand], wukang.GetProperty("moduleIds").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(before + 2, await ServiceTimesAsync(admin));
        using (var pages = await PageClientAsync("county.admin"))
        {
            var stationsPage = await pages.GetStringAsync("/Platform/Stations");
            Assert.Contains("反诈宣传·守好养老钱", stationsPage);
            Assert.Contains("name=\"moduleIds\" value=\"AntiFraudBrand\"", stationsPage);
        }

        // The follow-up visit is made: it leaves 我的待办.
        var done = await worker.PostAsJsonAsync($"/api/anti-fraud-brand/follow-ups/{followUp.GetProperty("id").GetGuid()}/complete", new { outcome = "已劝阻转账并告知家属" });
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        var open = await worker.GetFromJsonAsync<JsonElement>("/api/anti-fraud-brand/follow-ups");
        Assert.DoesNotContain(open.EnumerateArray(), f => f.GetProperty("residentId").GetGuid() == reporter);
    }

    private async Task<int> ServiceTimesAsync(HttpClient admin)
    {
        var brands = await admin.GetFromJsonAsync<JsonElement>("/api/platform/brands");
        return brands.GetProperty("stations").EnumerateArray()
            .Where(s => s.GetProperty("stationId").GetGuid() == fixture.WukangId)
            .SelectMany(s => s.GetProperty("thisMonth").EnumerateArray())
            .Where(f => f.GetProperty("moduleId").GetString() == Brand)
            .Sum(f => f.GetProperty("serviceTimes").GetInt32());
    }

    [Fact]
    public async Task A_bad_activity_is_a_400_with_field_errors_and_an_unknown_brand_is_refused()
    {
        using var worker = await fixture.Host.SignedInAsync("wukang.worker1", SampleBrandHostFixture.DemoPassword);
        var response = await worker.PostAsJsonAsync("/api/anti-fraud-brand/activities", new
        {
            stationId = fixture.WukangId, kind = 0, title = "", date = "2020-01-01", fraudTypes = 0, attendees = Array.Empty<object>(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Title", out _) || errors.TryGetProperty("title", out _), errors.ToString());

        using var admin = await fixture.Host.SignedInAsync("county.admin", SampleBrandHostFixture.DemoPassword);
        var assign = await admin.PutAsJsonAsync($"/api/platform/stations/{fixture.WukangId}/brands", new { moduleIds = new[] { "NoSuchBrand" } });
        Assert.Equal(HttpStatusCode.BadRequest, assign.StatusCode);
    }

    [Fact]
    public async Task Its_routes_need_its_permissions()
    {
        using var anonymous = fixture.Host.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/anti-fraud-brand/activities")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/anti-fraud-brand/follow-ups")).StatusCode);

        using var viewer = await fixture.Host.SignedInAsync("viewer", SampleBrandHostFixture.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/anti-fraud-brand/activities")).StatusCode);
        var post = await viewer.PostAsJsonAsync("/api/anti-fraud-brand/activities", new { stationId = fixture.WukangId, title = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var complete = await viewer.PostAsJsonAsync($"/api/anti-fraud-brand/follow-ups/{Guid.NewGuid()}/complete", new { outcome = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, complete.StatusCode);
        var assign = await viewer.PutAsJsonAsync($"/api/platform/stations/{fixture.WukangId}/brands", new { moduleIds = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.Forbidden, assign.StatusCode);
    }

    [Fact]
    public async Task Its_recurring_job_is_scheduled_and_runs_on_demand()
    {
        using var admin = await fixture.Host.SignedInAsync("county.admin", SampleBrandHostFixture.DemoPassword);
        var jobs = await admin.GetFromJsonAsync<JsonElement>("/api/jobs");
        Assert.Contains(jobs.EnumerateArray(), j => j.GetProperty("id").GetString() == "anti-fraud-brand:follow-up-escalation");
        var run = await admin.PostAsync("/api/jobs/anti-fraud-brand:follow-up-escalation/run", null);
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
    }
}
