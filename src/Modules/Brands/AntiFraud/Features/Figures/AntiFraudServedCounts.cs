using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Tasks;
using ModularSocialWork.Modules.Brands.AntiFraud.Data;

namespace ModularSocialWork.Modules.Brands.AntiFraud.Features.Figures;

/// <summary>
/// 服务人次 = attendances (one resident at one activity counts 1), 服务人数 = distinct residents, per station of the
/// activity; they join the station's 服务人次 on the 工作台 and show per brand on the station page.
/// </summary>
internal sealed class AntiFraudServedCounts(AntiFraudDbContext db) : IServedCountSource
{
    public string ModuleId => AntiFraudBrandModule.ModuleId;

    public async Task<IReadOnlyList<StationServedCount>> GetServedCountsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        // Attendances are station-scoped like their activity: the caller's scope applies.
        var rows = await db.Attendances.AsNoTracking()
            .Where(a => a.Date >= from && a.Date <= to)
            .GroupBy(a => a.StationId)
            .Select(g => new { StationId = g.Key, Times = g.Count(), People = g.Select(a => a.ResidentId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StationServedCount(r.StationId, r.Times, r.People)).ToList();
    }
}
