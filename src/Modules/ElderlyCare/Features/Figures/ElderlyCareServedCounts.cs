using Microsoft.EntityFrameworkCore;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.BuildingBlocks.Tasks;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Figures;

/// <summary>Visits as served counts per station (服务人次 = visit records, 服务人数 = distinct elders), for the 工作台 total.</summary>
internal sealed class ElderlyCareServedCounts(ElderlyCareDbContext db) : IServedCountSource
{
    public string ModuleId => "ElderlyCare";

    public async Task<IReadOnlyList<StationServedCount>> GetServedCountsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rows = await db.VisitRecords.AsNoTracking()
            .Where(v => v.VisitDate >= from && v.VisitDate <= to)
            .GroupBy(v => v.StationId)
            .Select(g => new { StationId = g.Key, Times = g.Count(), Persons = g.Select(v => v.ElderProfileId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StationServedCount(r.StationId, r.Times, r.Persons)).ToList();
    }
}
