using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Tasks;
using ModularSocialWork.Modules.ChildProtection.Data;

namespace ModularSocialWork.Modules.ChildProtection.Features.Figures;

/// <summary>
/// Visits to children as served counts per station (服务人次 = visit records, 服务人数 = distinct children), so the 工作台's
/// 本月服务人次（全部服务） counts children's services too. Station scope applies through the context's query filter.
/// </summary>
internal sealed class ChildProtectionServedCounts(ChildProtectionDbContext db) : IServedCountSource
{
    public string ModuleId => "ChildProtection";

    public async Task<IReadOnlyList<StationServedCount>> GetServedCountsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rows = await db.VisitRecords.AsNoTracking()
            .Where(v => v.VisitDate >= from && v.VisitDate <= to)
            .GroupBy(v => v.StationId)
            .Select(g => new { StationId = g.Key, Times = g.Count(), Persons = g.Select(v => v.ChildProfileId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StationServedCount(r.StationId, r.Times, r.Persons)).ToList();
    }
}
