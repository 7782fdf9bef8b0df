using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.IntegrationTests.Support;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.IntegrationTests.Scoping;

/// <summary>
/// Station scoping proved on a module entity (<see cref="ElderProfile"/> is <see cref="IStationScoped"/>): the query
/// filter of every module context gives each user the elders of their station subtree, and the write guard refuses a
/// save into another station. Demo county: 武康 has two elders (one in its 永安社区 sub-station), 新市 three.
/// </summary>
public sealed class ElderProfileScopingTests(ScopedEldersFixture fixture) : IClassFixture<ScopedEldersFixture>
{
    private const string Password = ScopedEldersFixture.Password;
    private readonly TestHost host = fixture.Host;
    private Dictionary<string, Guid> stations => fixture.Stations;

    private ElderProfile Elder(string station, RiskTier tier) => fixture.Elder(station, tier);

    [Theory]
    [InlineData("wukang.worker1", 2)]
    [InlineData("wukang.manager", 2)]
    [InlineData("xinshi.worker1", 3)]
    [InlineData("county.admin", 5)]
    [InlineData("viewer", 5)]
    public async Task The_summary_counts_only_the_elders_of_the_users_station_subtree(string userName, int expected)
    {
        using var client = await host.SignedInAsync(userName, Password);
        var summary = await client.GetFromJsonAsync<Summary>("/api/elderly-care/summary");
        Assert.Equal(expected, summary!.Total);
    }

    [Fact]
    public async Task One_process_serves_different_users_different_rows_from_the_same_cached_query()
    {
        using var wukang = await host.SignedInAsync("wukang.worker1", Password);
        using var xinshi = await host.SignedInAsync("xinshi.worker1", Password);
        using var county = await host.SignedInAsync("county.admin", Password);

        // Interleaved, twice: a compiled query must not keep the first user's stations.
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(2, (await wukang.GetFromJsonAsync<Summary>("/api/elderly-care/summary"))!.Total);
            Assert.Equal(3, (await xinshi.GetFromJsonAsync<Summary>("/api/elderly-care/summary"))!.Total);
            Assert.Equal(5, (await county.GetFromJsonAsync<Summary>("/api/elderly-care/summary"))!.Total);
        }
    }

    [Fact]
    public async Task County_staff_who_switch_to_a_town_see_that_towns_subtree()
    {
        using var county = await host.SignedInAsync("county.admin", Password);
        county.DefaultRequestHeaders.Add("Cookie", $"msw.station={stations["xinshi"]}");
        Assert.Equal(3, (await county.GetFromJsonAsync<Summary>("/api/elderly-care/summary"))!.Total);

        // A town worker cannot use the switcher: the cookie is ignored and the home station applies.
        using var worker = await host.SignedInAsync("wukang.worker1", Password);
        worker.DefaultRequestHeaders.Add("Cookie", $"msw.station={stations["county"]}");
        Assert.Equal(2, (await worker.GetFromJsonAsync<Summary>("/api/elderly-care/summary"))!.Total);
    }

    [Fact]
    public async Task The_sql_carries_the_station_filter_as_parameters_in_one_shape_for_every_user()
    {
        static Task<string> Sql(IServiceProvider sp) =>
            Task.FromResult(sp.GetRequiredService<ElderlyCareDbContext>().Elders.Where(e => e.RiskTier == RiskTier.General).ToQueryString());

        var worker = await ScopedAs.RunAsync(host, "wukang.worker1", Sql);
        var county = await ScopedAs.RunAsync(host, "county.admin", Sql);

        // SQLite's ToQueryString prints parameters as ".param set" lines, then the statement.
        static string Statement(string sql) => string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        Assert.Contains("WHERE", Statement(worker));
        Assert.Contains("\"StationId\" IN", Statement(worker));
        Assert.Matches(@"@\w*[Uu]nrestricted", Statement(worker));
        // The stations are parameters, never inlined (the compiled query is cached per context type and serves every
        // user): the worker's 武康 subtree (with its sub-stations) and the county's "unrestricted" are parameter values.
        Assert.DoesNotContain(stations["wukang"].ToString(), Statement(worker), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(stations["wukang"].ToString(), worker, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(stations["wukang.yongan"].ToString(), worker, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(stations["xinshi"].ToString(), worker, StringComparison.OrdinalIgnoreCase);
        // The station list is ONE parameter (a JSON array on SQLite), so the county's statement is the worker's, character
        // for character: EF caches one SQL text for all users instead of generating it again for every execution.
        Assert.Equal(Statement(worker), Statement(county));
        Assert.Contains(" 1", county.Split('\n').Single(l => l.Contains("nrestricted", StringComparison.Ordinal) && l.StartsWith(".param", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_request_without_a_signed_in_user_sees_no_elders_and_system_work_sees_all()
    {
        Assert.Equal(0, await ScopedAs.RunAsync(host, null, sp => sp.GetRequiredService<ElderlyCareDbContext>().Elders.CountAsync()));
        Assert.Equal(5, await ScopedAs.SystemAsync(host, sp => sp.GetRequiredService<ElderlyCareDbContext>().Elders.CountAsync()));
    }

    [Fact]
    public async Task Another_stations_elder_is_not_found_by_id()
    {
        var xinshiElder = await ScopedAs.SystemAsync(host, sp => sp.GetRequiredService<ElderlyCareDbContext>().Elders
            .Where(e => e.StationId == stations["xinshi"]).Select(e => e.Id).FirstAsync());

        Assert.Null(await ScopedAs.RunAsync(host, "wukang.worker1",
            sp => sp.GetRequiredService<ElderlyCareDbContext>().Elders.FirstOrDefaultAsync(e => e.Id == xinshiElder)));
        Assert.NotNull(await ScopedAs.RunAsync(host, "xinshi.worker1",
            sp => sp.GetRequiredService<ElderlyCareDbContext>().Elders.FirstOrDefaultAsync(e => e.Id == xinshiElder)));
    }

    [Fact]
    public async Task The_write_guard_refuses_adding_an_elder_to_another_station_and_saves_nothing()
    {
        var error = await Assert.ThrowsAsync<ForbiddenException>(() => ScopedAs.RunAsync(host, "wukang.worker1", sp =>
        {
            var db = sp.GetRequiredService<ElderlyCareDbContext>();
            db.Elders.Add(Elder("wukang", RiskTier.General)); // allowed on its own, but one save is all or nothing
            db.Elders.Add(Elder("xinshi", RiskTier.General));
            return db.SaveChangesAsync();
        }));
        Assert.Contains("站点", error.Message);

        Assert.Equal(5, await ScopedAs.SystemAsync(host, sp => sp.GetRequiredService<ElderlyCareDbContext>().Elders.CountAsync()));

        // Into the own subtree (a village sub-station of 武康) it is saved.
        await ScopedAs.RunAsync(host, "wukang.worker1", sp =>
        {
            var db = sp.GetRequiredService<ElderlyCareDbContext>();
            db.Elders.Add(Elder("wukang.longsheng", RiskTier.Key));
            return db.SaveChangesAsync();
        });
        Assert.Equal(6, await ScopedAs.SystemAsync(host, sp => sp.GetRequiredService<ElderlyCareDbContext>().Elders.CountAsync()));

        // Leave the shared data as the other tests expect it.
        await ScopedAs.SystemAsync(host, sp => sp.GetRequiredService<ElderlyCareDbContext>().Elders
            .Where(e => e.StationId == stations["wukang.longsheng"]).ExecuteDeleteAsync());
    }

    [Fact]
    public async Task The_write_guard_refuses_changing_or_moving_records_outside_the_scope()
    {
        var ids = await ScopedAs.SystemAsync(host, async sp =>
        {
            var elders = sp.GetRequiredService<ElderlyCareDbContext>().Elders.AsNoTracking();
            return (Xinshi: await elders.Where(e => e.StationId == stations["xinshi"]).Select(e => e.Id).FirstAsync(),
                Wukang: await elders.Where(e => e.StationId == stations["wukang"]).Select(e => e.Id).FirstAsync());
        });

        // A handler that bypasses the filter still cannot change another station's record: 404, existence not leaked.
        await Assert.ThrowsAsync<NotFoundException>(() => ScopedAs.RunAsync(host, "wukang.worker1", async sp =>
        {
            var db = sp.GetRequiredService<ElderlyCareDbContext>();
            var other = await db.Elders.IgnoreQueryFilters().SingleAsync(e => e.Id == ids.Xinshi);
            other.Notes = "changed from 武康";
            return await db.SaveChangesAsync();
        }));

        // Nor delete it.
        await Assert.ThrowsAsync<NotFoundException>(() => ScopedAs.RunAsync(host, "wukang.worker1", async sp =>
        {
            var db = sp.GetRequiredService<ElderlyCareDbContext>();
            db.Elders.Remove(await db.Elders.IgnoreQueryFilters().SingleAsync(e => e.Id == ids.Xinshi));
            return await db.SaveChangesAsync();
        }));

        // Nor move an own record into another station.
        await Assert.ThrowsAsync<ForbiddenException>(() => ScopedAs.RunAsync(host, "wukang.worker1", async sp =>
        {
            var db = sp.GetRequiredService<ElderlyCareDbContext>();
            var own = await db.Elders.SingleAsync(e => e.Id == ids.Wukang);
            own.StationId = stations["xinshi"];
            return await db.SaveChangesAsync();
        }));

        var stored = await ScopedAs.SystemAsync(host, sp => sp.GetRequiredService<ElderlyCareDbContext>().Elders.AsNoTracking()
            .Where(e => e.Id == ids.Xinshi || e.Id == ids.Wukang).ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.Null(stored.Single(e => e.Id == ids.Xinshi).Notes);
        Assert.Equal(stations["wukang"], stored.Single(e => e.Id == ids.Wukang).StationId);

        // County staff may change any station's record.
        await ScopedAs.RunAsync(host, "county.admin", async sp =>
        {
            var db = sp.GetRequiredService<ElderlyCareDbContext>();
            (await db.Elders.SingleAsync(e => e.Id == ids.Xinshi)).Notes = "县级修改";
            return await db.SaveChangesAsync();
        });
        Assert.Equal("县级修改", await ScopedAs.SystemAsync(host, sp => sp.GetRequiredService<ElderlyCareDbContext>().Elders
            .Where(e => e.Id == ids.Xinshi).Select(e => e.Notes).SingleAsync()));
    }

    private sealed record Summary(int Total, int General, int Key, int HighRisk);
}

/// <summary>One demo host for the scoping tests, with five elders: 武康 two (one in 永安社区), 新市 three (one in 宋市社区).</summary>
public sealed class ScopedEldersFixture : IAsyncLifetime
{
    public const string Password = "Demo@2026pass";

    public TestHost Host { get; } = new(new Dictionary<string, string?> { ["Demo:Seed"] = "true" });

    public Dictionary<string, Guid> Stations { get; private set; } = [];

    internal ElderProfile Elder(string station, RiskTier tier) =>
        new() { ResidentId = Guid.NewGuid(), StationId = Stations[station], RiskTier = tier };

    public async Task InitializeAsync()
    {
        Stations = await ScopedAs.StationIdsAsync(Host);
        await ScopedAs.SystemAsync(Host, async sp =>
        {
            var db = sp.GetRequiredService<ElderlyCareDbContext>();
            // The demo seed gives the demo residents elder profiles too; this fixture counts only its own.
            await db.VisitRecords.ExecuteDeleteAsync();
            await db.VisitPlans.ExecuteDeleteAsync();
            await db.ElderContacts.ExecuteDeleteAsync();
            await db.Elders.ExecuteDeleteAsync();
            db.Elders.AddRange(
                Elder("wukang", RiskTier.HighRisk), Elder("wukang.yongan", RiskTier.General),
                Elder("xinshi", RiskTier.Key), Elder("xinshi", RiskTier.General), Elder("xinshi.songshi", RiskTier.General));
            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}
