using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ModularSocialWork.IntegrationTests.Support;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.IntegrationTests.ElderlyCare;

/// <summary>
/// A host of its own (demo county) with a known March 2020 written straight into the ElderlyCare context, so the
/// figures API and the Excel report can be checked to the number. Nothing of the demo seed is dated in 2020.
/// </summary>
public sealed class FiguresHostFixture : IAsyncLifetime
{
    public const string Month = "2020-03";

    public TestHost Host { get; } = new(new Dictionary<string, string?> { ["Demo:Seed"] = "true" });
    public HttpClient Admin { get; private set; } = null!;
    public Guid WukangId { get; private set; }
    public Guid XinshiId { get; private set; }
    public string WukangName { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Admin = await Host.SignedInAsync();
        using var stations = JsonDocument.Parse(await Admin.GetStringAsync("/api/platform/stations"));
        foreach (var station in stations.RootElement.EnumerateArray())
        {
            var code = station.GetProperty("code").GetString();
            if (code == "wukang") (WukangId, WukangName) = (station.GetProperty("id").GetGuid(), station.GetProperty("name").GetString()!);
            if (code == "xinshi") XinshiId = station.GetProperty("id").GetGuid();
        }

        Assert.NotEqual(Guid.Empty, WukangId);
        Assert.NotEqual(Guid.Empty, XinshiId);

        using var scope = Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ElderlyCareDbContext>();
        var created = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var visits = new List<VisitRecord>();

        Guid Elder(Guid station, RiskTier tier, params int[][] dates)
        {
            var elder = new ElderProfile { ResidentId = Guid.NewGuid(), StationId = station, Name = "统计老人", RiskTier = tier, DerivedTier = tier };
            db.Elders.Add(elder);
            foreach (var d in dates)
            {
                visits.Add(new VisitRecord
                {
                    ElderProfileId = elder.Id, StationId = station, VisitDate = new DateOnly(d[0], d[1], d[2]), VisitorName = "统计社工",
                });
            }

            return elder.Id;
        }

        // 武康: 6 due (2 high-risk, 2 key, 2 general), 3 visited as required; 10 visits to 3 elders in March.
        Elder(WukangId, RiskTier.HighRisk, [2020, 3, 1], [2020, 3, 8], [2020, 3, 15], [2020, 3, 22], [2020, 3, 29]); // 5 ≥ ⌈31/7⌉ ✓
        Elder(WukangId, RiskTier.HighRisk, [2020, 3, 1], [2020, 3, 8], [2020, 3, 15], [2020, 3, 22]);               // 4 < 5 ✗
        Elder(WukangId, RiskTier.Key, [2020, 3, 31]);                                                                // ✓
        Elder(WukangId, RiskTier.Key, [2020, 2, 29]);                                                                // February only ✗
        Elder(WukangId, RiskTier.General, [2020, 1, 15]);                                                            // within 3 months ✓
        Elder(WukangId, RiskTier.General, [2019, 12, 31]);                                                           // too early ✗
        var late = Elder(WukangId, RiskTier.General);                                                                // created in April: not due
        // 新市: 1 key elder visited twice.
        Elder(XinshiId, RiskTier.Key, [2020, 3, 3], [2020, 3, 20]);
        db.VisitRecords.AddRange(visits);
        await db.SaveChangesAsync();

        // The audit stamps say "now": backdate the profiles (set-based, past the interceptors).
        var ids = db.Elders.Local.Select(e => e.Id).ToList();
        await db.Elders.Where(e => ids.Contains(e.Id) && e.Id != late).ExecuteUpdateAsync(s => s.SetProperty(e => e.CreatedAt, created));
        await db.Elders.Where(e => e.Id == late).ExecuteUpdateAsync(s => s.SetProperty(e => e.CreatedAt, new DateTimeOffset(2020, 4, 5, 0, 0, 0, TimeSpan.Zero)));
    }

    public Task DisposeAsync()
    {
        Admin.Dispose();
        Host.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class FiguresApiTests(FiguresHostFixture fixture) : IClassFixture<FiguresHostFixture>
{
    private static JsonElement Row(JsonElement figures, Guid stationId) =>
        figures.GetProperty("stations").EnumerateArray().Single(r => r.GetProperty("stationId").GetString() == stationId.ToString());

    [Fact]
    public async Task A_month_with_known_visits_gives_the_exact_rate_and_served_counts_per_station_and_in_total()
    {
        using var json = JsonDocument.Parse(await fixture.Admin.GetStringAsync($"/api/elderly-care/figures?month={FiguresHostFixture.Month}"));
        var figures = json.RootElement;
        Assert.Equal("2020-03", figures.GetProperty("month").GetString());
        Assert.Equal(5, figures.GetProperty("weeklyVisitsRequired").GetInt32());

        var wukang = Row(figures, fixture.WukangId);
        Assert.Equal(6, wukang.GetProperty("eldersDue").GetInt32());
        Assert.Equal(3, wukang.GetProperty("visitedAsRequired").GetInt32());
        Assert.Equal(0.5, wukang.GetProperty("rate").GetDouble(), 6);
        Assert.Equal("50%", wukang.GetProperty("rateText").GetString());
        Assert.Equal(10, wukang.GetProperty("serviceTimes").GetInt32());
        Assert.Equal(3, wukang.GetProperty("personsServed").GetInt32());
        Assert.Equal((2, 2, 2), (wukang.GetProperty("highRisk").GetInt32(), wukang.GetProperty("key").GetInt32(), wukang.GetProperty("general").GetInt32()));

        var xinshi = Row(figures, fixture.XinshiId);
        Assert.Equal((1, 1, 2, 1), (xinshi.GetProperty("eldersDue").GetInt32(), xinshi.GetProperty("visitedAsRequired").GetInt32(),
            xinshi.GetProperty("serviceTimes").GetInt32(), xinshi.GetProperty("personsServed").GetInt32()));

        var total = figures.GetProperty("total");
        Assert.Equal("全县合计", total.GetProperty("stationName").GetString());
        Assert.Equal(7, total.GetProperty("eldersDue").GetInt32());
        Assert.Equal(4, total.GetProperty("visitedAsRequired").GetInt32());
        Assert.Equal("57.1%", total.GetProperty("rateText").GetString());
        Assert.Equal(12, total.GetProperty("serviceTimes").GetInt32());
        Assert.Equal(4, total.GetProperty("personsServed").GetInt32());

        var trend = figures.GetProperty("trend").EnumerateArray().ToList();
        Assert.Equal(12, trend.Count);
        Assert.Equal("2019-04", trend[0].GetProperty("month").GetString());
        Assert.Equal(JsonValueKind.Null, trend[0].GetProperty("rate").ValueKind); // nobody due yet: no rate, not 0 %
        Assert.Equal("2020-03", trend[^1].GetProperty("month").GetString());
        Assert.Equal(4.0 / 7, trend[^1].GetProperty("rate").GetDouble(), 6);
    }

    [Fact]
    public async Task A_station_worker_sees_only_the_own_station()
    {
        using var worker = await fixture.Host.SignedInAsync("wukang.worker1", "Demo@2026pass");
        using var json = JsonDocument.Parse(await worker.GetStringAsync($"/api/elderly-care/figures?month={FiguresHostFixture.Month}"));
        var stations = json.RootElement.GetProperty("stations").EnumerateArray().ToList();
        Assert.DoesNotContain(stations, r => r.GetProperty("stationId").GetString() == fixture.XinshiId.ToString());
        var total = json.RootElement.GetProperty("total");
        Assert.Equal("合计", total.GetProperty("stationName").GetString());
        Assert.Equal(6, total.GetProperty("eldersDue").GetInt32());
        Assert.Equal(10, total.GetProperty("serviceTimes").GetInt32());
    }

    [Theory]
    [InlineData("2020-13")]
    [InlineData("March")]
    [InlineData("2020-3-1")]
    public async Task A_bad_month_is_a_400_with_a_chinese_message(string month)
    {
        var response = await fixture.Admin.GetAsync("/api/elderly-care/figures?month=" + Uri.EscapeDataString(month));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("月份格式不正确", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task No_month_means_the_current_month()
    {
        using var json = JsonDocument.Parse(await fixture.Admin.GetStringAsync("/api/elderly-care/figures"));
        var month = json.RootElement.GetProperty("month").GetString()!;
        var shanghai = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        Assert.Equal(shanghai.ToString("yyyy-MM"), month);
    }

    [Fact]
    public async Task The_export_is_an_xlsx_with_chinese_headers_a_row_per_station_and_the_total()
    {
        var response = await fixture.Admin.GetAsync($"/api/elderly-care/figures/export?month={FiguresHostFixture.Month}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["站点", "应探访老人数", "按要求探访数", "月探访率", "服务人次", "服务人数", "高风险", "重点", "一般"], rows[0].Keys.ToArray());

        var wukang = rows.Single(r => (string?)r["站点"] == fixture.WukangName);
        Assert.Equal([6d, 3d, 10d, 3d, 2d, 2d, 2d], new[] { "应探访老人数", "按要求探访数", "服务人次", "服务人数", "高风险", "重点", "一般" }.Select(h => Convert.ToDouble(wukang[h])));
        Assert.Equal("50%", wukang["月探访率"]);

        var total = rows[^1];
        Assert.Equal("全县合计", total["站点"]);
        Assert.Equal(7d, Convert.ToDouble(total["应探访老人数"]));
        Assert.Equal("57.1%", total["月探访率"]);
        Assert.Equal(12d, Convert.ToDouble(total["服务人次"]));
    }

    // Module (Razor class library) assets are mapped from build output because the host calls
    // builder.WebHost.UseStaticWebAssets() (automatic in Development only; tests and the embedded host run "Production").
    [Fact]
    public async Task The_dashboard_script_is_served_as_a_static_file()
    {
        using var anonymous = fixture.Host.Anonymous();
        var script = await anonymous.GetAsync("/_content/ModularSocialWork.Modules.ElderlyCare/js/figures-dashboard.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        var echarts = await anonymous.GetAsync("/lib/echarts/echarts.min.js");
        Assert.Equal(HttpStatusCode.OK, echarts.StatusCode);
    }
}
