using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.IntegrationTests.Authorization;
using ModularSocialWork.IntegrationTests.Support;
using ModularSocialWork.Modules.Platform.Data;

namespace ModularSocialWork.IntegrationTests.Scoping;

/// <summary>
/// Residents (Platform's <c>IStationScoped</c> entity, filtered by <see cref="PlatformDbContext"/>): a worker of 新市 does
/// not see 武康's resident by API, list or page — 404, the same answer as for an id that does not exist.
/// </summary>
public sealed class ResidentScopingTests(ResidentScopingTests.Fixture fixture) : IClassFixture<ResidentScopingTests.Fixture>
{
    private const string Password = "Demo@2026pass";
    private TestHost Host => fixture.Host;

    [Theory]
    [InlineData("xinshi.worker1", HttpStatusCode.NotFound, HttpStatusCode.OK)]
    [InlineData("xinshi.manager", HttpStatusCode.NotFound, HttpStatusCode.OK)]
    [InlineData("wukang.worker1", HttpStatusCode.OK, HttpStatusCode.NotFound)]
    [InlineData("county.admin", HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("viewer", HttpStatusCode.OK, HttpStatusCode.OK)]
    public async Task A_resident_by_id_is_found_only_within_the_users_station_subtree(string userName, HttpStatusCode wukang, HttpStatusCode xinshi)
    {
        using var client = await Host.SignedInAsync(userName, Password);
        Assert.Equal(wukang, (await client.GetAsync($"/api/platform/residents/{fixture.Wukang}")).StatusCode);
        Assert.Equal(xinshi, (await client.GetAsync($"/api/platform/residents/{fixture.Xinshi}")).StatusCode);
    }

    [Fact]
    public async Task Another_stations_resident_answers_exactly_like_one_that_does_not_exist()
    {
        using var client = await Host.SignedInAsync("xinshi.worker1", Password);
        var other = await client.GetAsync($"/api/platform/residents/{fixture.Wukang}");
        var missing = await client.GetAsync($"/api/platform/residents/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(missing.StatusCode, other.StatusCode);
        Assert.Equal(Title(await missing.Content.ReadAsStringAsync()), Title(await other.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_list_shows_only_the_users_stations()
    {
        using var xinshi = await Host.SignedInAsync("xinshi.worker1", Password);
        var xinshiList = await xinshi.GetStringAsync("/api/platform/residents?pageSize=100");
        Assert.Contains(fixture.Xinshi.ToString(), xinshiList, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(fixture.Wukang.ToString(), xinshiList, StringComparison.OrdinalIgnoreCase);

        using var county = await Host.SignedInAsync("county.admin", Password);
        var countyList = await county.GetStringAsync("/api/platform/residents?pageSize=100");
        Assert.Contains(fixture.Xinshi.ToString(), countyList, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(fixture.Wukang.ToString(), countyList, StringComparison.OrdinalIgnoreCase);

        // Asking for another station's subtree by filter gives nothing, not an error that confirms it exists.
        var filtered = await xinshi.GetAsync($"/api/platform/residents?stationId={fixture.Stations["wukang"]}");
        if (filtered.IsSuccessStatusCode) Assert.DoesNotContain(fixture.Wukang.ToString(), await filtered.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_details_page_of_another_stations_resident_is_the_404_page()
    {
        using var xinshi = await CookieClientAsync("xinshi.worker1");
        var other = await xinshi.GetAsync($"/Platform/Residents/Details/{fixture.Wukang}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain(fixture.WukangName, await other.Content.ReadAsStringAsync());

        var own = await xinshi.GetAsync($"/Platform/Residents/Details/{fixture.Xinshi}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains(fixture.XinshiName, await own.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_worker_cannot_edit_another_stations_resident_or_register_one_there()
    {
        using var xinshi = await Host.SignedInAsync("xinshi.worker1", Password);
        var update = await xinshi.PutAsJsonAsync($"/api/platform/residents/{fixture.Wukang}", new
        {
            version = Guid.NewGuid(), name = "越权修改", stationId = fixture.Stations["xinshi"],
        });
        Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);

        var register = await xinshi.PostAsJsonAsync("/api/platform/residents", MatrixSamples.Resident(fixture.Stations["wukang"], "cross"));
        Assert.False(register.IsSuccessStatusCode, $"registering into 武康 as a 新市 worker answered {(int)register.StatusCode}");

        var names = await ScopedAs.SystemAsync(Host, sp => sp.GetRequiredService<PlatformDbContext>().Residents.Select(r => r.Name).ToListAsync());
        Assert.DoesNotContain("越权修改", names);
        Assert.DoesNotContain("矩阵居民cross", names);
    }

    [Fact]
    public async Task The_platform_context_filters_residents_with_parameters()
    {
        var sql = await ScopedAs.RunAsync(Host, "xinshi.worker1",
            sp => Task.FromResult(sp.GetRequiredService<PlatformDbContext>().Residents.Where(r => r.Village != null).ToQueryString()));
        var statement = string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));

        Assert.Matches(@"WHERE \(@\w*[Uu]nrestricted\w* OR ""r"".""StationId"" IN \(", statement);
        Assert.DoesNotContain(fixture.Stations["xinshi"].ToString(), statement, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(fixture.Stations["xinshi"].ToString(), sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(fixture.Stations["wukang"].ToString(), sql, StringComparison.OrdinalIgnoreCase);

        var counts = await ScopedAs.RunAsync(Host, "xinshi.worker1", async sp =>
            (Visible: await sp.GetRequiredService<PlatformDbContext>().Residents.CountAsync(),
             Stations: await sp.GetRequiredService<PlatformDbContext>().Stations.CountAsync()));
        // Expected: every resident of 新市 and its sub-stations (the demo seed's and this fixture's), and no one else.
        var xinshi = fixture.Stations["xinshi"];
        var expected = await ScopedAs.SystemAsync(Host, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var subtree = await db.Stations.Where(st => st.Id == xinshi || st.ParentId == xinshi).Select(st => st.Id).ToListAsync();
            return (InXinshi: await db.Residents.CountAsync(r => subtree.Contains(r.StationId)), All: await db.Residents.CountAsync());
        });
        Assert.Equal(expected.InXinshi, counts.Visible);
        Assert.True(counts.Visible < expected.All, "residents of other stations are hidden");
        Assert.True(counts.Stations > 2, "stations themselves are not filtered (the tree needs them all)");
    }

    private async Task<HttpClient> CookieClientAsync(string userName)
    {
        var client = Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/account/login");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static string? Title(string problem) => JsonDocument.Parse(problem).RootElement.GetProperty("title").GetString();

    /// <summary>The demo county with one resident in 武康 and one in 新市, registered by the county admin.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public TestHost Host { get; } = new(new Dictionary<string, string?> { ["Demo:Seed"] = "true" });
        public Dictionary<string, Guid> Stations { get; private set; } = [];
        public Guid Wukang { get; private set; }
        public Guid Xinshi { get; private set; }
        public string WukangName => "矩阵居民wukang";
        public string XinshiName => "矩阵居民xinshi";

        public async Task InitializeAsync()
        {
            Stations = await ScopedAs.StationIdsAsync(Host);
            using var admin = await Host.SignedInAsync("county.admin", Password);
            Wukang = await RegisterAsync(admin, "wukang");
            Xinshi = await RegisterAsync(admin, "xinshi");
        }

        private async Task<Guid> RegisterAsync(HttpClient admin, string station)
        {
            var response = await admin.PostAsJsonAsync("/api/platform/residents", MatrixSamples.Resident(Stations[station], station));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, body);
            return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        }

        public Task DisposeAsync()
        {
            Host.Dispose();
            return Task.CompletedTask;
        }
    }
}
