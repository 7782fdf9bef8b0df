using Microsoft.EntityFrameworkCore;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Figures;

/// <summary>Elders due and visited as required for one station and tier (one row of a grouped query).</summary>
internal sealed record DueRow(Guid StationId, RiskTier Tier, int Due, int Visited);

/// <summary>服务人次 and 服务人数 of one station (one row of a grouped query).</summary>
internal sealed record ServiceRow(Guid StationId, int ServiceTimes, int PersonsServed);

/// <summary>
/// The set-based queries behind the figures (rules: <see cref="VisitRatePeriod"/>). Each is one SQL statement grouped in
/// the database; nothing loads elders or visit records into memory. The station-scope query filter applies as usual.
/// </summary>
internal static class MonthlyFigureQueries
{
    /// <param name="createdBefore">The instant M ends (00:00 county time of the next month's first day), UTC.</param>
    public static async Task<IReadOnlyList<DueRow>> DueAsync(
        ElderlyCareDbContext db, VisitRatePeriod period, DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        var first = period.First;
        var last = period.Last;
        var windowStart = period.GeneralWindowStart;
        var weekly = period.WeeklyVisitsRequired;

        var rows = await db.Elders.AsNoTracking()
            .Where(e => e.CreatedAt < createdBefore)
            .Select(e => new
            {
                e.StationId,
                e.RiskTier,
                InMonth = db.VisitRecords.Count(v => v.ElderProfileId == e.Id && v.VisitDate >= first && v.VisitDate <= last),
                InWindow = db.VisitRecords.Any(v => v.ElderProfileId == e.Id && v.VisitDate >= windowStart && v.VisitDate <= last),
            })
            .Select(x => new
            {
                x.StationId,
                x.RiskTier,
                Visited = x.RiskTier == RiskTier.HighRisk ? x.InMonth >= weekly
                    : x.RiskTier == RiskTier.Key ? x.InMonth >= 1
                    : x.InWindow,
            })
            .GroupBy(x => new { x.StationId, x.RiskTier })
            .Select(g => new { g.Key.StationId, g.Key.RiskTier, Due = g.Count(), Visited = g.Count(x => x.Visited) })
            .ToListAsync(cancellationToken);

        return rows.Select(r => new DueRow(r.StationId, r.RiskTier, r.Due, r.Visited)).ToList();
    }

    public static async Task<IReadOnlyList<ServiceRow>> ServiceAsync(
        ElderlyCareDbContext db, VisitRatePeriod period, CancellationToken cancellationToken)
    {
        var first = period.First;
        var last = period.Last;
        var rows = await db.VisitRecords.AsNoTracking()
            .Where(v => v.VisitDate >= first && v.VisitDate <= last)
            .GroupBy(v => v.StationId)
            .Select(g => new { StationId = g.Key, Times = g.Count(), Persons = g.Select(v => v.ElderProfileId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ServiceRow(r.StationId, r.Times, r.Persons)).ToList();
    }

    /// <summary>服务人数 across stations: an elder visited at two stations in M is one person (not the sum of the rows).</summary>
    public static Task<int> PersonsServedAsync(ElderlyCareDbContext db, VisitRatePeriod period, CancellationToken cancellationToken)
    {
        var first = period.First;
        var last = period.Last;
        return db.VisitRecords.AsNoTracking()
            .Where(v => v.VisitDate >= first && v.VisitDate <= last)
            .Select(v => v.ElderProfileId).Distinct().CountAsync(cancellationToken);
    }
}
