using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Features.Children;

internal sealed record ChildListItem(
    Guid Id, string Name, int? Age, bool Under14, Guid StationId, ChildCategory Category, RiskLevel RiskLevel,
    Guid? AssignedWorkerId, DateOnly? NextDueDate);

internal sealed record ChildPage(IReadOnlyList<ChildListItem> Items, int Total, int Page, int PageSize);

/// <summary>
/// Children of the caller's stations (no sensitive fields), filtered by category, risk, worker and name; highest risk
/// first. Every page shown is audited as one row (who looked for which children, and how many were shown): minors'
/// names in a list are personal information too, only health and disability are left out.
/// </summary>
internal static class ListChildren
{
    [RequiresPermission(ChildProtectionPermissions.CasesRead)]
    public sealed record Query : IRequest<ChildPage>
    {
        public ChildCategory? Category { get; init; }
        public RiskLevel? RiskLevel { get; init; }
        public Guid? WorkerId { get; init; }
        public string? Search { get; init; }
        public int Page { get; init; } = 1;
        public int PageSize { get; init; } = 20;
    }

    public const string AuditAction = "ChildProtection.Children.List";

    internal sealed class Handler(ChildProtectionDbContext db, CountyCalendar calendar, ChildReadAudit audit) : IRequestHandler<Query, ChildPage>
    {
        public async Task<ChildPage> Handle(Query request, CancellationToken cancellationToken)
        {
            // Bounded so (page - 1) * size cannot overflow into a negative OFFSET (a 500 on the server databases).
            var page = Math.Clamp(request.Page, 1, 100_000);
            var size = Math.Clamp(request.PageSize, 1, 100);
            IQueryable<ChildProfile> children = db.Children.AsNoTracking();
            if (request.Category is { } category) children = children.Where(c => c.Category == category);
            if (request.RiskLevel is { } level) children = children.Where(c => c.RiskLevel == level);
            if (request.WorkerId is { } worker) children = children.Where(c => c.AssignedWorkerId == worker);
            if (!string.IsNullOrWhiteSpace(request.Search))
            {
                var text = request.Search.Trim();
                children = children.Where(c => c.Name.StartsWith(text));
            }

            var total = await children.CountAsync(cancellationToken);
            // Risk is stored by name: order High, Medium, Low explicitly rather than alphabetically.
            var rows = await (from c in children
                              join p in db.VisitPlans.AsNoTracking() on c.Id equals p.ChildProfileId into plans
                              from p in plans.DefaultIfEmpty()
                              orderby c.RiskLevel == RiskLevel.High ? 0 : c.RiskLevel == RiskLevel.Medium ? 1 : 2, c.Name, c.Id
                              select new { c.Id, c.Name, c.BirthDate, c.StationId, c.Category, c.RiskLevel, c.AssignedWorkerId, Due = p == null ? (DateOnly?)null : p.NextDueDate })
                .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
            var today = calendar.Today;
            await audit.RecordListAsync(AuditAction, "ChildProfile",
                $"page {page}, {rows.Count} of {total} shown; category={request.Category}, risk={request.RiskLevel}, worker={request.WorkerId}, search={request.Search?.Trim()}",
                cancellationToken);
            return new ChildPage(rows.Select(r =>
            {
                var age = ChildVisitPolicy.AgeOn(r.BirthDate, today);
                return new ChildListItem(r.Id, r.Name, age, age is < ChildVisitPolicy.SensitiveAge, r.StationId, r.Category, r.RiskLevel, r.AssignedWorkerId, r.Due);
            }).ToList(), total, page, size);
        }
    }
}

/// <summary>
/// Name and risk of one child, for form headings (the visit form): no sensitive field, so not a read of the child's
/// record in the audit sense — the detail query is. Another station's child is 404.
/// </summary>
internal static class GetChildHeader
{
    [RequiresPermission(ChildProtectionPermissions.CasesRead)]
    public sealed record Query(Guid Id) : IRequest<ChildListItem>;

    internal sealed class Handler(ChildProtectionDbContext db, CountyCalendar calendar) : IRequestHandler<Query, ChildListItem>
    {
        public async Task<ChildListItem> Handle(Query request, CancellationToken cancellationToken)
        {
            var c = await db.Children.AsNoTracking().Where(x => x.Id == request.Id)
                .Select(x => new { x.Id, x.Name, x.BirthDate, x.StationId, x.Category, x.RiskLevel, x.AssignedWorkerId })
                .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("找不到该儿童档案。");
            var due = await db.VisitPlans.AsNoTracking().Where(p => p.ChildProfileId == c.Id).Select(p => (DateOnly?)p.NextDueDate).FirstOrDefaultAsync(cancellationToken);
            var age = ChildVisitPolicy.AgeOn(c.BirthDate, calendar.Today);
            return new ChildListItem(c.Id, c.Name, age, age is < ChildVisitPolicy.SensitiveAge, c.StationId, c.Category, c.RiskLevel, c.AssignedWorkerId, due);
        }
    }
}
