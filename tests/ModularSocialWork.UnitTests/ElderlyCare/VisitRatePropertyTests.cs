using CsCheck;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.Modules.ElderlyCare;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;
using ModularSocialWork.Modules.ElderlyCare.Features.Figures;

namespace ModularSocialWork.UnitTests.ElderlyCare;

/// <summary>One migrated SQLite file for the figure properties; each sample empties and refills it.</summary>
public sealed class VisitRateDatabase : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "msw-visitrate-" + Guid.NewGuid().ToString("N"));

    internal ElderlyCareSqliteDbContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<ElderlyCareSqliteDbContext>();
        ModuleDbContextOptions.Configure(builder, new DatabaseSettings { Provider = DatabaseProvider.Sqlite, DataDirectory = directory }, ElderlyCareModule.SchemaName);
        return new ElderlyCareSqliteDbContext(builder.Options);
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}

/// <summary>
/// The counting rules of <see cref="VisitRatePeriod"/> run by the grouped database queries (<see cref="MonthlyFigureQueries"/>)
/// on random elders and visit histories, checked against a plain in-memory model of the same rules.
/// </summary>
public sealed class VisitRatePropertyTests(VisitRateDatabase database) : IClassFixture<VisitRateDatabase>
{
    private static readonly Guid StationA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid StationB = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly DateOnly Month = new(2026, 11, 1);
    private static readonly DateOnly Today = new(2026, 12, 15); // November is complete
    private static readonly DateTimeOffset MonthEnds = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    internal sealed record Elder(int Key, Guid StationId, RiskTier Tier, int CreatedDayOffset);

    internal sealed record Visit(int ElderIndex, Guid StationId, int DayOffset);

    internal sealed record Scenario(List<Elder> Elders, List<Visit> Visits);

    private static readonly Gen<Elder> GenElder =
        from station in Gen.Bool
        from tier in Gen.Int[0, 2]
        from created in Gen.Int[-90, 40] // days from Nov 1: some created after November
        select new Elder(0, station ? StationA : StationB, (RiskTier)tier, created);

    private static readonly Gen<Scenario> GenScenario =
        from elders in GenElder.List[0, 8]
        from visits in Gen.Select(Gen.Int[0, 7], Gen.Bool, Gen.Int[-95, 45]).List[0, 25]
        select new Scenario(
            elders,
            elders.Count == 0 ? [] : visits.Select(v => new Visit(v.Item1 % elders.Count, v.Item2 ? StationA : StationB, v.Item3)).ToList());

    private static VisitRatePeriod Period => VisitRatePeriod.For(Month.Year, Month.Month, Today);

    private (List<DueRow> Due, List<ServiceRow> Service, int Persons, List<Guid> ElderIds) Run(Scenario scenario)
    {
        using var db = database.NewContext();
        db.VisitRecords.ExecuteDelete();
        db.Elders.ExecuteDelete();
        var ids = new List<Guid>();
        foreach (var e in scenario.Elders)
        {
            var profile = new ElderProfile
            {
                ResidentId = Guid.NewGuid(), StationId = e.StationId, Name = "老人", RiskTier = e.Tier, DerivedTier = e.Tier,
                CreatedAt = MonthEnds.AddDays(-30 + e.CreatedDayOffset),
            };
            db.Elders.Add(profile);
            ids.Add(profile.Id);
        }

        foreach (var v in scenario.Visits)
        {
            db.VisitRecords.Add(new VisitRecord
            {
                ElderProfileId = ids[v.ElderIndex], StationId = v.StationId, VisitDate = Month.AddDays(v.DayOffset), VisitorName = "社工",
            });
        }

        db.SaveChanges();
        var due = MonthlyFigureQueries.DueAsync(db, Period, MonthEnds, default).GetAwaiter().GetResult().ToList();
        var service = MonthlyFigureQueries.ServiceAsync(db, Period, default).GetAwaiter().GetResult().ToList();
        var persons = MonthlyFigureQueries.PersonsServedAsync(db, Period, default).GetAwaiter().GetResult();
        return (due, service, persons, ids);
    }

    private static bool InMonth(DateOnly d) => d >= Period.First && d <= Period.Last;

    /// <summary>The reference model: the rules applied elder by elder, in memory.</summary>
    private static (int Due, int Visited) Expected(Scenario s)
    {
        int due = 0, visited = 0;
        for (var i = 0; i < s.Elders.Count; i++)
        {
            var e = s.Elders[i];
            if (MonthEnds.AddDays(-30 + e.CreatedDayOffset) >= MonthEnds) continue;
            due++;
            var dates = s.Visits.Where(v => v.ElderIndex == i).Select(v => Month.AddDays(v.DayOffset)).ToList();
            var inMonth = dates.Count(InMonth);
            var inWindow = dates.Count(d => d >= Period.GeneralWindowStart && d <= Period.Last);
            if (Period.VisitedAsRequired(e.Tier, inMonth, inWindow)) visited++;
        }

        return (due, visited);
    }

    private static double RateOf(List<DueRow> due) => VisitRatePeriod.Rate(due.Sum(d => d.Visited), due.Sum(d => d.Due)) ?? 0;

    [Fact]
    public void Database_counts_match_the_rules_applied_elder_by_elder() =>
        GenScenario.Sample(s =>
        {
            var (due, service, persons, _) = Run(s);
            var (expectedDue, expectedVisited) = Expected(s);
            Assert.Equal(expectedDue, due.Sum(d => d.Due));
            Assert.Equal(expectedVisited, due.Sum(d => d.Visited));

            var monthVisits = s.Visits.Where(v => InMonth(Month.AddDays(v.DayOffset))).ToList();
            // 服务人次 == number of records dated in the month; 服务人数 == distinct elders among them.
            Assert.Equal(monthVisits.Count, service.Sum(r => r.ServiceTimes));
            Assert.Equal(monthVisits.Select(v => v.ElderIndex).Distinct().Count(), persons);
            foreach (var station in new[] { StationA, StationB })
            {
                var ofStation = monthVisits.Where(v => v.StationId == station).ToList();
                var row = service.SingleOrDefault(r => r.StationId == station);
                Assert.Equal(ofStation.Count, row?.ServiceTimes ?? 0);
                Assert.Equal(ofStation.Select(v => v.ElderIndex).Distinct().Count(), row?.PersonsServed ?? 0);
            }

            var rate = VisitRatePeriod.Rate(due.Sum(d => d.Visited), due.Sum(d => d.Due));
            Assert.True(rate is null or >= 0 and <= 1);
            Assert.Equal(expectedDue == 0, rate is null);
        }, iter: 60, threads: 1);

    [Fact]
    public void Adding_a_visit_never_lowers_the_rate() =>
        Gen.Select(GenScenario.Where(s => s.Elders.Count > 0), Gen.Int[0, 7], Gen.Int[-95, 45]).Sample((s, elder, day) =>
        {
            var before = RateOf(Run(s).Due);
            var more = s with { Visits = [.. s.Visits, new Visit(elder % s.Elders.Count, StationA, day)] };
            var after = RateOf(Run(more).Due);
            Assert.True(after >= before, $"rate fell from {before} to {after}");
        }, iter: 40, threads: 1);

    [Fact]
    public void An_elder_with_no_visits_is_never_visited_as_required() =>
        GenScenario.Sample(s =>
        {
            var never = s with { Visits = [] };
            var (due, _, persons, _) = Run(never);
            Assert.Equal(0, due.Sum(d => d.Visited));
            Assert.Equal(0, persons);
        }, iter: 30, threads: 1);

    [Theory]
    [InlineData(2026, 2, 2026, 12, 1, 28, 4)]  // a past 28-day month: 4 weekly visits
    [InlineData(2026, 11, 2026, 12, 1, 30, 5)] // a past 30-day month: ⌈30/7⌉ = 5
    [InlineData(2026, 11, 2026, 11, 10, 10, 2)] // month in progress: counted to today, ⌈10/7⌉ = 2
    [InlineData(2026, 11, 2026, 11, 1, 1, 1)]
    [InlineData(2027, 1, 2026, 11, 1, 0, 1)]   // a future month: nothing counted, still at least one visit
    public void Weekly_requirement_follows_the_counted_days(int year, int month, int todayYear, int todayMonth, int todayDay, int days, int required)
    {
        var period = VisitRatePeriod.For(year, month, new DateOnly(todayYear, todayMonth, todayDay));
        Assert.Equal(days, period.CountedDays);
        Assert.Equal(required, period.WeeklyVisitsRequired);
    }

    [Fact]
    public void General_elders_count_a_visit_in_the_two_months_before_and_key_elders_only_in_the_month()
    {
        var period = VisitRatePeriod.For(2026, 11, Today);
        Assert.Equal(new DateOnly(2026, 9, 1), period.GeneralWindowStart);
        Assert.True(period.VisitedAsRequired(RiskTier.General, visitsInMonth: 0, visitsInGeneralWindow: 1));
        Assert.False(period.VisitedAsRequired(RiskTier.Key, visitsInMonth: 0, visitsInGeneralWindow: 1));
        Assert.True(period.VisitedAsRequired(RiskTier.Key, visitsInMonth: 1, visitsInGeneralWindow: 1));
        Assert.False(period.VisitedAsRequired(RiskTier.HighRisk, visitsInMonth: 4, visitsInGeneralWindow: 4));
        Assert.True(period.VisitedAsRequired(RiskTier.HighRisk, visitsInMonth: 5, visitsInGeneralWindow: 5));
        Assert.Equal("—", VisitRatePeriod.RateText(null));
        Assert.Equal("87.5%", VisitRatePeriod.RateText(0.875));
    }
}
