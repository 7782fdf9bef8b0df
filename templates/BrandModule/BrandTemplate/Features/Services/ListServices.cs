using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Tasks;
using ModularSocialWork.Modules.Brands.BrandTemplate.Data;

namespace ModularSocialWork.Modules.Brands.BrandTemplate.Features.Services;

internal sealed record ServiceItem(Guid Id, Guid StationId, DateOnly Date, string Title, int PeopleServed);

/// <summary>The latest services of the caller's station scope (the module context applies the scope).</summary>
[RequiresPermission(BrandTemplatePermissions.Read)]
internal sealed record ListServices : IRequest<IReadOnlyList<ServiceItem>>;

internal sealed class ListServicesHandler(BrandTemplateDbContext db) : IRequestHandler<ListServices, IReadOnlyList<ServiceItem>>
{
    public async Task<IReadOnlyList<ServiceItem>> Handle(ListServices request, CancellationToken cancellationToken) =>
        await db.Services.AsNoTracking().OrderByDescending(s => s.Date).ThenByDescending(s => s.Id).Take(100)
            .Select(s => new ServiceItem(s.Id, s.StationId, s.Date, s.Title, s.PeopleServed))
            .ToListAsync(cancellationToken);
}

/// <summary>服务人次 per station: the people served by the services dated in the range.</summary>
internal sealed class ServedCounts(BrandTemplateDbContext db) : IServedCountSource
{
    public string ModuleId => BrandTemplateModule.ModuleId;

    public async Task<IReadOnlyList<StationServedCount>> GetServedCountsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rows = await db.Services.AsNoTracking()
            .Where(s => s.Date >= from && s.Date <= to)
            .GroupBy(s => s.StationId)
            .Select(g => new { StationId = g.Key, Times = g.Sum(s => s.PeopleServed) })
            .ToListAsync(cancellationToken);
        // This sample records no individual residents, so 服务人数 equals 服务人次 here.
        return rows.Select(r => new StationServedCount(r.StationId, r.Times, r.Times)).ToList();
    }
}
