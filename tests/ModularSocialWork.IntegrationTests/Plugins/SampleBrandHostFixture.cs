using System.Net.Http.Json;
using System.Text.Json;
using ModularSocialWork.IntegrationTests.Authorization;
using ModularSocialWork.IntegrationTests.Support;

namespace ModularSocialWork.IntegrationTests.Plugins;

/// <summary>
/// The demo county with the sample brand 反诈宣传 loaded as a binary plugin from <c>plugins/AntiFraudBrand/</c> next to the
/// tests (copied there by the build from the plugin's own output; the test project does not reference it).
/// </summary>
public sealed class SampleBrandHostFixture : IAsyncLifetime
{
    public const string DemoPassword = "Demo@2026pass";

    public static string PluginDirectory => Path.Combine(AppContext.BaseDirectory, "plugins");

    public TestHost Host { get; } = new(new Dictionary<string, string?>
    {
        ["Demo:Seed"] = "true",
        ["Modules:PluginDirectory"] = PluginDirectory,
    });

    public Guid WukangId { get; private set; }

    public async Task InitializeAsync()
    {
        using var admin = await Host.SignedInAsync("county.admin", DemoPassword);
        var stations = await admin.GetFromJsonAsync<JsonElement>("/api/platform/stations");
        WukangId = stations.EnumerateArray().First(s => s.GetProperty("name").GetString() == "武康街道社工站").GetProperty("id").GetGuid();
    }

    public async Task<(Guid Id, string Name)> ResidentAsync(Guid stationId)
    {
        using var admin = await Host.SignedInAsync("county.admin", DemoPassword);
        var unique = Guid.NewGuid().ToString("N")[..6];
        var response = await admin.PostAsJsonAsync("/api/platform/residents", MatrixSamples.Resident(stationId, unique));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return (JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid(), "矩阵居民" + unique);
    }

    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}
