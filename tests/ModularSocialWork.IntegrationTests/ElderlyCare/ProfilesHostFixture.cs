using System.Net.Http.Json;
using System.Text.Json;
using ModularSocialWork.IntegrationTests.Residents;
using ModularSocialWork.IntegrationTests.Support;

namespace ModularSocialWork.IntegrationTests.ElderlyCare;

/// <summary>One demo-seeded host for the elder profile and visit tests; each test registers its own residents.</summary>
public sealed class ProfilesHostFixture : IAsyncLifetime
{
    public const string DemoPassword = ResidentsHostFixture.DemoPassword;
    private static int sequence = 500;

    public TestHost Host { get; } = new(new Dictionary<string, string?> { ["Demo:Seed"] = "true" });
    public HttpClient Admin { get; private set; } = null!;
    public Guid WukangId { get; private set; }
    public Guid XinshiId { get; private set; }
    /// <summary>宋市社区社工室, a village sub-station under 新市.</summary>
    public Guid SongshiId { get; private set; }

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
            if (code == "xinshi.songshi") SongshiId = station.GetProperty("id").GetGuid();
        }

        Assert.NotEqual(Guid.Empty, WukangId);
    }

    public Task DisposeAsync()
    {
        Admin.Dispose();
        Host.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Registers a resident born <paramref name="age"/> years (and a few days) ago and returns its id.</summary>
    public async Task<Guid> ResidentAsync(int age, Guid? stationId = null, string name = "测试老人")
    {
        var birth = Today.AddYears(-age).AddDays(-10);
        var n = Interlocked.Increment(ref sequence);
        var response = await Admin.PostAsJsonAsync("/api/platform/residents", new
        {
            name = name + n, idNumber = ResidentsHostFixture.IdNumber(birth, n % 1000), stationId = stationId ?? WukangId,
            address = "武康街道永安路 1 号", village = "永安社区",
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Creates an elder profile for a fresh resident and returns the profile id.</summary>
    public async Task<Guid> ElderAsync(int age, string[] tags, Guid? stationId = null, string? healthNotes = null)
    {
        var residentId = await ResidentAsync(age, stationId);
        var response = await Admin.PostAsJsonAsync("/api/elderly-care/elders", new { residentId, tags, healthNotes, livingSituation = 1 });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> GetElderAsync(Guid id, HttpClient? client = null) =>
        await (client ?? Admin).GetFromJsonAsync<JsonElement>($"/api/elderly-care/elders/{id}");
}
