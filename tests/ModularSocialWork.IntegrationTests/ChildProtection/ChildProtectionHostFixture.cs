using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularSocialWork.IntegrationTests.Residents;
using ModularSocialWork.IntegrationTests.Support;

namespace ModularSocialWork.IntegrationTests.ChildProtection;

/// <summary>One demo-seeded host for the child-protection tests; each test registers its own children.</summary>
public sealed class ChildProtectionHostFixture : IAsyncLifetime
{
    public const string DemoPassword = ResidentsHostFixture.DemoPassword;
    private static int sequence = 700;

    public TestHost Host { get; } = new(new Dictionary<string, string?> { ["Demo:Seed"] = "true" });
    public HttpClient Admin { get; private set; } = null!;
    public Guid WukangId { get; private set; }
    public Guid XinshiId { get; private set; }

    public static DateOnly Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);

    public async Task InitializeAsync()
    {
        Admin = await Host.SignedInAsync("county.admin", DemoPassword);
        using var stations = JsonDocument.Parse(await Admin.GetStringAsync("/api/platform/stations"));
        foreach (var station in stations.RootElement.EnumerateArray())
        {
            var code = station.GetProperty("code").GetString();
            if (code == "wukang") WukangId = station.GetProperty("id").GetGuid();
            if (code == "xinshi") XinshiId = station.GetProperty("id").GetGuid();
        }

        Assert.NotEqual(Guid.Empty, WukangId);
        Assert.NotEqual(Guid.Empty, XinshiId);
    }

    public Task DisposeAsync()
    {
        Admin.Dispose();
        Host.Dispose();
        return Task.CompletedTask;
    }

    public Task<HttpClient> SignInAsync(string userName) => Host.SignedInAsync(userName, DemoPassword);

    /// <summary>Registers a resident born <paramref name="age"/> years (and a few days) ago and returns its id.</summary>
    public async Task<Guid> ResidentAsync(int age, Guid? stationId = null, string name = "测试儿童")
    {
        var birth = Today.AddYears(-age).AddDays(-10);
        var n = Interlocked.Increment(ref sequence);
        var response = await Admin.PostAsJsonAsync("/api/platform/residents", new
        {
            name = name + n, idNumber = ResidentsHostFixture.IdNumber(birth, n % 1000), stationId = stationId ?? WukangId,
            address = "武康街道永安路 3 号", village = "永安社区",
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A child profile (as <paramref name="client"/>, the county admin by default) for a fresh resident.</summary>
    public async Task<Guid> ChildAsync(int age = 10, Guid? stationId = null, HttpClient? client = null, string? healthNotes = null, int category = 0)
    {
        var residentId = await ResidentAsync(age, stationId);
        var response = await (client ?? Admin).PostAsJsonAsync("/api/child-protection/children", new
        {
            residentId, category, guardianshipStatus = 4, school = "武康小学", healthNotes, disabilityNotes = healthNotes is null ? null : "听力二级残疾",
            contacts = new[] { new { kind = 0, name = "张父", whereabouts = "外出务工：江苏苏州", phone = "13812345678" } },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<Guid> CaseAsync(Guid childId, HttpClient? client = null)
    {
        var response = await (client ?? Admin).PostAsJsonAsync($"/api/child-protection/children/{childId}/cases", new { intakeReason = "学校反映孩子长期无人照料" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> GetAsync(string url, HttpClient? client = null)
    {
        var response = await (client ?? Admin).GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>How many audit rows of <paramref name="action"/> name the record.</summary>
    public async Task<long> AuditCountAsync(string action, Guid entityId) =>
        (await GetAsync($"/api/platform/audit?action={action}&entityId={entityId}&pageSize=1")).GetProperty("total").GetInt64();
}
