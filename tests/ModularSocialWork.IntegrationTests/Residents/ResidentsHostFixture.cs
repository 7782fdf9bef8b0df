using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using ModularSocialWork.IntegrationTests.Support;

namespace ModularSocialWork.IntegrationTests.Residents;

/// <summary>One host (demo county seeded) for the residents tests; each test uses its own ID numbers.</summary>
public sealed class ResidentsHostFixture : IAsyncLifetime
{
    public const string DemoPassword = "Demo@2026pass";

    public TestHost Host { get; } = new(new Dictionary<string, string?> { ["Demo:Seed"] = "true" });
    public HttpClient Admin { get; private set; } = null!;
    public Guid WukangId { get; private set; }
    public Guid XinshiId { get; private set; }

    public async Task InitializeAsync()
    {
        Admin = await Host.SignedInAsync();
        using var stations = JsonDocument.Parse(await Admin.GetStringAsync("/api/platform/stations"));
        foreach (var station in stations.RootElement.EnumerateArray())
        {
            var code = station.GetProperty("code").GetString();
            if (code == "wukang") WukangId = station.GetProperty("id").GetGuid();
            if (code == "xinshi") XinshiId = station.GetProperty("id").GetGuid();
        }

        Assert.NotEqual(Guid.Empty, WukangId);
    }

    public Task DisposeAsync()
    {
        Admin.Dispose();
        Host.Dispose();
        return Task.CompletedTask;
    }

    public Task<HttpResponseMessage> RegisterAsync(string name, string? idNumber, string? phone = null, Guid? stationId = null, string[]? tags = null) =>
        Admin.PostAsJsonAsync("/api/platform/residents", new
        {
            name, idNumber, phone, stationId = stationId ?? WukangId, tags, address = "武康街道永安路 1 号", village = "永安社区",
        });

    public async Task<JsonDocument> ListAsync(string query) =>
        JsonDocument.Parse(await Admin.GetStringAsync("/api/platform/residents?" + query));

    /// <summary>A valid ID number: area 330521 (德清), the birth date, sequence, computed check character.</summary>
    public static string IdNumber(DateOnly birth, int sequence)
    {
        var first17 = $"330521{birth:yyyyMMdd}{sequence:000}";
        return first17 + ModularSocialWork.BuildingBlocks.PersonalData.ChineseIdNumber.CheckCharacterFor(first17);
    }

    public static byte[] Workbook(IEnumerable<IDictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows.Select(r => r.ToDictionary(kv => kv.Key, kv => kv.Value)).ToList(), excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
