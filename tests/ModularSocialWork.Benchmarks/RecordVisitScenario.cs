using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.Modules.ElderlyCare;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Benchmarks;

/// <summary>
/// Issue 4 measure 1 on SQLite: record a visit through the full API (<c>POST /api/elderly-care/elders/{id}/visits</c>:
/// bearer token, authorization and validation behaviours, station scope, audit, insert plus the plan update and reminder
/// resolution) against a bare minimal-API endpoint on a second tiny <see cref="WebApplication"/> in the same process that
/// inserts the same <see cref="VisitRecord"/> row with EF into the same ElderlyCare SQLite file. Both are driven over the
/// in-memory TestServer transport by the same number of concurrent clients for the same time; each client has its own
/// elder (the full API updates the elder's plan, whose concurrency token would otherwise make clients collide).
/// </summary>
internal static class RecordVisitScenario
{
    public static async Task RunAsync(int clients, int seconds, int warmupSeconds, int rounds)
    {
        using var host = new BenchHost();
        using var admin = await host.AdminClientAsync();
        var stations = await admin.GetFromJsonAsync<JsonElement>("/api/platform/stations");
        var wukang = stations.EnumerateArray().First(s => s.GetProperty("code").GetString() == "wukang").GetProperty("id").GetGuid();

        var elders = new List<Guid>();
        for (var i = 0; i < clients; i++) elders.Add(await CreateElderAsync(admin, wukang, i));

        await using var bare = await BareAppAsync(host.DataDirectory);
        using var bareClient = bare.GetTestClient();

        Console.WriteLine($"# Record a visit on SQLite: {clients} concurrent clients, {warmupSeconds} s warm-up per path, then {rounds} rounds of {seconds} s full / {seconds} s bare, {Environment.ProcessorCount} cores");
        Console.WriteLine();

        var body = new { method = 0, findings = "基准测试：老人状况良好。" };
        Task<HttpResponseMessage> Full(int client) => admin.PostAsJsonAsync($"/api/elderly-care/elders/{elders[client]}/visits", body);
        Task<HttpResponseMessage> Bare(int client) => bareClient.PostAsJsonAsync($"/visits/{elders[client]}", new { stationId = wukang, body.method, body.findings });

        // Warm both paths until tiered compilation has settled (JIT, pools, SQLite page cache), then measure each in turn.
        // A host serves for hours: the measured runs are its steady state, not the first seconds when the tier-1 JIT still
        // competes for the two cores (the full path has far more code to re-JIT; a 2 s warm-up measured 22 % of the CPU in
        // the tiered-compilation thread). The JIT columns below show how much compiling was left inside each measured run.
        // The baseline once more before the full path has ever run under load: if the interleaved bare runs below come out
        // slower than this, something the full path leaves behind in the process (threads, caches) weighs on the baseline
        // and the ratio would flatter the product.
        await LoadAsync(clients, warmupSeconds, Bare);
        var untouched = await LoadAsync(clients, seconds, Bare);
        Console.WriteLine($"bare before any full load: {untouched.PerSecond:F0} req/s ({untouched.CpuMsPerRequest:F2} CPU ms/req), {ThreadPool.ThreadCount} pool threads");
        await LoadAsync(clients, warmupSeconds, Full);
        await LoadAsync(clients, warmupSeconds, Bare);
        // Interleaved rounds: this machine's speed drifts by ±25 % from one half-minute to the next (shared host), so
        // each path gets the same share of good and bad moments and the ratio compares like with like.
        var fullRuns = new List<Run>();
        var bareRuns = new List<Run>();
        for (var round = 0; round < rounds; round++)
        {
            fullRuns.Add(await LoadAsync(clients, seconds, Full));
            bareRuns.Add(await LoadAsync(clients, seconds, Bare));
            Console.WriteLine($"round {round + 1}: full {fullRuns[^1].PerSecond:F0} req/s ({fullRuns[^1].CpuMsPerRequest:F2} CPU ms/req), bare {bareRuns[^1].PerSecond:F0} req/s ({bareRuns[^1].CpuMsPerRequest:F2}), ratio {fullRuns[^1].PerSecond / bareRuns[^1].PerSecond:F2}×, {ThreadPool.ThreadCount} pool threads");
        }

        Console.WriteLine();
        var full = Run.Combine(fullRuns);
        var baseline = Run.Combine(bareRuns);

        Console.WriteLine("| path | requests | errors | req/s | p50 ms | p99 ms | CPU ms/request | KB allocated/request | methods JIT-compiled / ms JIT during run |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine(full.Row("full API (token, pipeline, scope, audit, insert + plan)"));
        Console.WriteLine(baseline.Row("bare minimal API, EF insert"));
        Console.WriteLine();
        Console.WriteLine($"SQLite: memory statistics off {ModularSocialWork.BuildingBlocks.Data.SqliteLibrary.MemoryStatisticsOff}, statements reused {ModularSocialWork.BuildingBlocks.Data.SqliteStatementCache.Reused:N0}, compiled again {ModularSocialWork.BuildingBlocks.Data.SqliteStatementCache.Recompiled:N0}, EF functions once per connection {ModularSocialWork.BuildingBlocks.Data.SqliteFunctionRegistration.IsEnabled} (both paths share these process settings)");
        Console.WriteLine($"req/s ratio full/bare: {full.PerSecond / baseline.PerSecond:F2}× (goal ≥ 0.5×); p50 ratio {full.P50 / baseline.P50:F1}×, p99 ratio {full.P99 / baseline.P99:F1}×; CPU per request bare/full {baseline.CpuMsPerRequest / full.CpuMsPerRequest:F2}×");
    }

    private static async Task<Guid> CreateElderAsync(HttpClient admin, Guid station, int index)
    {
        var first17 = $"330521193{index % 10}0101{100 + index:000}";
        var resident = await admin.PostAsJsonAsync("/api/platform/residents", new
        {
            name = $"基准老人{index}", idNumber = first17 + ChineseIdNumber.CheckCharacterFor(first17), stationId = station,
        });
        if (!resident.IsSuccessStatusCode) throw new InvalidOperationException("resident: " + await resident.Content.ReadAsStringAsync());
        var residentId = (await resident.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var elder = await admin.PostAsJsonAsync("/api/elderly-care/elders", new { residentId, tags = new[] { "alone" } });
        if (!elder.IsSuccessStatusCode) throw new InvalidOperationException("elder: " + await elder.Content.ReadAsStringAsync());
        return (await elder.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    internal sealed record BareVisit(Guid StationId, VisitMethod Method, string? Findings);

    /// <summary>The baseline: the same row, the same context type and file, nothing else.</summary>
    private static async Task<WebApplication> BareAppAsync(string dataDirectory)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var settings = new DatabaseSettings { Provider = DatabaseProvider.Sqlite, DataDirectory = dataDirectory };
        builder.Services.AddDbContext<ElderlyCareSqliteDbContext>(o => ModuleDbContextOptions.Configure(o, settings, ElderlyCareModule.SchemaName));
        var app = builder.Build();
        app.MapPost("/visits/{id:guid}", async (Guid id, BareVisit visit, ElderlyCareSqliteDbContext db) =>
        {
            var record = new VisitRecord
            {
                ElderProfileId = id, StationId = visit.StationId, VisitDate = DateOnly.FromDateTime(DateTime.Today), Method = visit.Method,
                VisitorName = "基准", Findings = visit.Findings, CreatedAt = DateTimeOffset.UtcNow, Version = Guid.NewGuid(),
            };
            db.VisitRecords.Add(record);
            await db.SaveChangesAsync();
            return Results.Created($"/visits/{record.Id}", new { id = record.Id });
        });
        await app.StartAsync();
        return app;
    }

    private sealed record Run(int Requests, int Errors, double ElapsedSeconds, double[] SortedMs, long AllocatedBytes, long JitMethods, TimeSpan JitTime, TimeSpan Cpu)
    {
        public static Run Combine(IReadOnlyList<Run> runs) => new(
            runs.Sum(r => r.Requests), runs.Sum(r => r.Errors), runs.Sum(r => r.ElapsedSeconds),
            runs.SelectMany(r => r.SortedMs).Order().ToArray(), runs.Sum(r => r.AllocatedBytes),
            runs.Sum(r => r.JitMethods), TimeSpan.FromTicks(runs.Sum(r => r.JitTime.Ticks)), TimeSpan.FromTicks(runs.Sum(r => r.Cpu.Ticks)));

        /// <summary>Managed bytes allocated by the whole process per request (client and server side alike).</summary>
        public double KilobytesPerRequest => Requests == 0 ? double.NaN : AllocatedBytes / 1024.0 / Requests;

        public double PerSecond => Requests / ElapsedSeconds;

        /// <summary>Process CPU time (all threads, client side included) per request: steadier than req/s on a shared machine.</summary>
        public double CpuMsPerRequest => Requests == 0 ? double.NaN : Cpu.TotalMilliseconds / Requests;
        public double P50 => Percentile(0.50);
        public double P99 => Percentile(0.99);

        private double Percentile(double p) => SortedMs.Length == 0 ? double.NaN : SortedMs[Math.Clamp((int)Math.Ceiling(p * SortedMs.Length) - 1, 0, SortedMs.Length - 1)];

        public string Row(string name) => $"| {name} | {Requests:N0} | {Errors:N0} | {PerSecond:F0} | {P50:F2} | {P99:F2} | {CpuMsPerRequest:F2} | {KilobytesPerRequest:F0} | {JitMethods:N0} / {JitTime.TotalMilliseconds:F0} |";
    }

    /// <summary>Closed loop: each client sends its next request as soon as the previous one answered.</summary>
    private static async Task<Run> LoadAsync(int clients, int seconds, Func<int, Task<HttpResponseMessage>> call)
    {
        var until = Stopwatch.GetTimestamp() + (long)(seconds * (double)Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var jitMethodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitTimeBefore = System.Runtime.JitInfo.GetCompilationTime();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var errors = 0;
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var latencies = new List<double>();
            while (Stopwatch.GetTimestamp() < until)
            {
                var t = Stopwatch.GetTimestamp();
                using var response = await call(client);
                latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    if (Interlocked.Increment(ref errors) == 1) Console.Error.WriteLine($"first error: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }

            return latencies;
        }));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = perClient.SelectMany(l => l).Order().ToArray();
        return new Run(all.Length, errors, elapsed, all, GC.GetTotalAllocatedBytes() - allocatedBefore,
            System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethodsBefore, System.Runtime.JitInfo.GetCompilationTime() - jitTimeBefore,
            Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
    }
}
