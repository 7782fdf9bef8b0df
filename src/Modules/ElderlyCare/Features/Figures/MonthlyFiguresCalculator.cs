using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Figures;

/// <summary>One row of the figures table (a station, or the total of the caller's scope).</summary>
internal sealed record StationFigures(
    Guid? StationId,
    string StationName,
    int EldersDue,
    int VisitedAsRequired,
    double? Rate,
    string RateText,
    int ServiceTimes,
    int PersonsServed,
    int HighRisk,
    int Key,
    int General);

internal sealed record MonthRate(string Month, int EldersDue, int VisitedAsRequired, double? Rate);

internal sealed record MonthlyFigures(
    string Month,
    DateOnly CountedTo,
    int WeeklyVisitsRequired,
    IReadOnlyList<StationFigures> Stations,
    StationFigures Total,
    IReadOnlyList<MonthRate> Trend);

/// <summary>Builds <see cref="MonthlyFigures"/> from the grouped queries; shared by the API, the page, the export and the 工作台.</summary>
internal sealed class MonthlyFiguresCalculator(
    ElderlyCareDbContext db, FiguresCalendar calendar, IStationDirectory directory, IStationScope scope)
{
    public const int TrendMonths = 12;

    public async Task<MonthlyFigures> ComputeAsync(DateOnly month, bool withTrend, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var period = VisitRatePeriod.For(month.Year, month.Month, today);
        var due = await MonthlyFigureQueries.DueAsync(db, period, calendar.StartOf(period.Last.AddDays(1)), cancellationToken);
        var service = await MonthlyFigureQueries.ServiceAsync(db, period, cancellationToken);
        var persons = await MonthlyFigureQueries.PersonsServedAsync(db, period, cancellationToken);

        // Rows: every visible town/village station, plus any other station that has figures (e.g. the county itself).
        var stations = (await directory.GetStationsAsync(cancellationToken)).Where(s => scope.CanSee(s.Id)).ToList();
        var withData = due.Select(d => d.StationId).Concat(service.Select(s => s.StationId)).ToHashSet();
        var rows = stations
            .Where(s => s.Level != StationLevel.County || withData.Contains(s.Id))
            .Select(s => Row(s.Id, s.Name, due.Where(d => d.StationId == s.Id).ToList(), service.Where(r => r.StationId == s.Id).ToList(), null))
            .ToList();
        var known = stations.Select(s => s.Id).ToHashSet();
        rows.AddRange(withData.Where(id => !known.Contains(id))
            .Select(id => Row(id, "（未知站点）", due.Where(d => d.StationId == id).ToList(), service.Where(r => r.StationId == id).ToList(), null)));

        var totalName = scope.VisibleStationIds is null ? "全县合计" : "合计";
        var total = Row(null, totalName, due, service, persons);

        var trend = new List<MonthRate>();
        if (withTrend)
        {
            for (var i = TrendMonths - 1; i >= 0; i--)
            {
                var m = month.AddMonths(-i);
                var p = VisitRatePeriod.For(m.Year, m.Month, today);
                var rowsOfMonth = i == 0 ? due : await MonthlyFigureQueries.DueAsync(db, p, calendar.StartOf(p.Last.AddDays(1)), cancellationToken);
                int d = rowsOfMonth.Sum(r => r.Due), v = rowsOfMonth.Sum(r => r.Visited);
                trend.Add(new MonthRate(p.Month, d, v, VisitRatePeriod.Rate(v, d)));
            }
        }

        return new MonthlyFigures(period.Month, period.CountedTo, period.WeeklyVisitsRequired, rows, total, trend);
    }

    private static StationFigures Row(Guid? id, string name, IReadOnlyCollection<DueRow> due, IReadOnlyCollection<ServiceRow> service, int? persons)
    {
        int dueCount = due.Sum(d => d.Due), visited = due.Sum(d => d.Visited);
        var rate = VisitRatePeriod.Rate(visited, dueCount);
        int Tier(RiskTier tier) => due.Where(d => d.Tier == tier).Sum(d => d.Due);
        return new StationFigures(id, name, dueCount, visited, rate, VisitRatePeriod.RateText(rate),
            service.Sum(s => s.ServiceTimes), persons ?? service.Sum(s => s.PersonsServed),
            Tier(RiskTier.HighRisk), Tier(RiskTier.Key), Tier(RiskTier.General));
    }
}
