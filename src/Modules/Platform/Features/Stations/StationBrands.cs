using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Tasks;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Features.Stations;

/// <summary>
/// 一站一特色: which brand services (modules whose manifest says <c>IsBrandService</c>) each station runs, and what they
/// served this month. Only enabled brand modules are offered and shown; assignments of a removed one stay stored.
/// </summary>
internal static class StationBrands
{
    public sealed record Brand(string Id, string NameZh, string NameEn);

    public sealed record BrandFigure(string ModuleId, int ServiceTimes, int PeopleServed);

    public sealed record StationBrandsItem(Guid StationId, IReadOnlyList<string> ModuleIds, IReadOnlyList<BrandFigure> ThisMonth);

    public sealed record Overview(IReadOnlyList<Brand> Brands, IReadOnlyList<StationBrandsItem> Stations);

    [RequiresPermission(PlatformPermissions.StationsRead)]
    public sealed record Query : IRequest<Overview>;

    [RequiresPermission(PlatformPermissions.BrandsAssign)]
    public sealed record Assign(Guid Id, IReadOnlyList<string> ModuleIds) : IRequest<IReadOnlyList<string>>, IAuditedCommand
    {
        public string AuditAction => "Platform.Stations.AssignBrands";
        public string AuditEntityType => "Station";
    }

    /// <summary>The request body of <c>PUT /api/platform/stations/{id}/brands</c>.</summary>
    public sealed record AssignBody(IReadOnlyList<string>? ModuleIds);

    internal sealed class AssignValidator : AbstractValidator<Assign>
    {
        public AssignValidator()
        {
            RuleFor(c => c.ModuleIds).NotNull().WithMessage("请提供品牌服务列表（可为空）。");
            RuleForEach(c => c.ModuleIds).NotEmpty().WithMessage("品牌服务编号不能为空。").MaximumLength(100);
        }
    }

    public static IReadOnlyList<Brand> Available(IEnabledModules modules) =>
        modules.Manifests.Where(m => m.IsBrandService)
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => new Brand(m.Id, m.NameZh, m.NameEn))
            .ToList();

    internal sealed class QueryHandler(
        PlatformDbContext db, IEnabledModules modules, IEnumerable<IServedCountSource> servedCounts, CountyCalendar calendar)
        : IRequestHandler<Query, Overview>
    {
        public async Task<Overview> Handle(Query request, CancellationToken cancellationToken)
        {
            var brands = Available(modules);
            var brandIds = brands.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
            var rows = await db.StationBrands.AsNoTracking().ToListAsync(cancellationToken);

            // This month's served counts of each brand, per station (the brand module applies the caller's scope).
            var today = calendar.Today;
            var figures = new List<(Guid StationId, BrandFigure Figure)>();
            foreach (var source in servedCounts.Where(s => brandIds.Contains(s.ModuleId)))
            {
                foreach (var count in await source.GetServedCountsAsync(new DateOnly(today.Year, today.Month, 1), today, cancellationToken))
                {
                    figures.Add((count.StationId, new BrandFigure(source.ModuleId, count.ServiceTimes, count.PeopleServed)));
                }
            }

            var stations = rows.Where(r => brandIds.Contains(r.ModuleId)).Select(r => r.StationId)
                .Concat(figures.Select(f => f.StationId))
                .Distinct()
                .Select(id => new StationBrandsItem(
                    id,
                    rows.Where(r => r.StationId == id && brandIds.Contains(r.ModuleId)).Select(r => r.ModuleId).Order(StringComparer.Ordinal).ToList(),
                    figures.Where(f => f.StationId == id).Select(f => f.Figure).OrderBy(f => f.ModuleId, StringComparer.Ordinal).ToList()))
                .ToList();
            return new Overview(brands, stations);
        }
    }

    internal sealed class AssignHandler(PlatformDbContext db, IEnabledModules modules, ICurrentStaff staff, TimeProvider clock)
        : IRequestHandler<Assign, IReadOnlyList<string>>
    {
        public async Task<IReadOnlyList<string>> Handle(Assign request, CancellationToken cancellationToken)
        {
            if (!await db.Stations.AnyAsync(s => s.Id == request.Id, cancellationToken)) throw new NotFoundException("找不到该站点。");

            var available = Available(modules).ToDictionary(b => b.Id, StringComparer.OrdinalIgnoreCase);
            var wanted = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var id in request.ModuleIds)
            {
                if (!available.TryGetValue(id, out var brand))
                {
                    throw new BusinessRuleException($"“{id}”不是已启用的品牌服务模块。", nameof(Assign.ModuleIds));
                }

                wanted.Add(brand.Id);
            }

            var current = await db.StationBrands.Where(b => b.StationId == request.Id).ToListAsync(cancellationToken);
            // Only enabled brands are managed here: rows of a brand module that is switched off are left alone.
            db.StationBrands.RemoveRange(current.Where(c => available.ContainsKey(c.ModuleId) && !wanted.Contains(c.ModuleId)));
            foreach (var id in wanted.Where(w => current.All(c => c.ModuleId != w)))
            {
                db.StationBrands.Add(new StationBrand
                {
                    StationId = request.Id, ModuleId = id, AssignedAt = clock.GetUtcNow(), AssignedBy = staff.UserName,
                });
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two county admins saving the same station at once insert the same (station, module) key.
                throw new ConflictException("该站点的品牌服务刚被他人修改，请刷新后重试。");
            }

            return [.. wanted];
        }
    }
}
