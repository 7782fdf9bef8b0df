using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Profiles;

internal sealed record ElderListItem(
    Guid Id, string Name, DateOnly? BirthDate, Guid StationId, IReadOnlyList<string> Tags, RiskTier RiskTier, bool Overridden,
    Guid? AssignedWorkerId, DateOnly? LastVisitDate, DateOnly? NextDueDate);

internal sealed record ElderPage(IReadOnlyList<ElderListItem> Items, int Total, int Page, int PageSize);

/// <summary>Elders of the caller's stations, filtered by tier, tag, assigned worker and name, next due first.</summary>
internal static class ListElders
{
    [RequiresPermission(ElderlyCarePermissions.EldersRead)]
    public sealed record Query : IRequest<ElderPage>
    {
        public RiskTier? Tier { get; init; }
        public string? Tag { get; init; }
        public Guid? WorkerId { get; init; }
        public string? Search { get; init; }
        public int Page { get; init; } = 1;
        public int PageSize { get; init; } = 20;
    }

    internal sealed class Handler(ElderlyCareDbContext db) : IRequestHandler<Query, ElderPage>
    {
        public async Task<ElderPage> Handle(Query request, CancellationToken cancellationToken)
        {
            var page = Math.Max(1, request.Page);
            var size = Math.Clamp(request.PageSize, 1, 100);
            IQueryable<ElderProfile> elders = db.Elders.AsNoTracking();
            if (request.Tier is { } tier) elders = elders.Where(e => e.RiskTier == tier);
            if (!string.IsNullOrWhiteSpace(request.Tag))
            {
                var pattern = "," + request.Tag.Trim() + ",";
                elders = elders.Where(e => e.TagCodes.Contains(pattern));
            }

            if (request.WorkerId is { } worker) elders = elders.Where(e => e.AssignedWorkerId == worker);
            if (!string.IsNullOrWhiteSpace(request.Search))
            {
                var text = request.Search.Trim();
                elders = elders.Where(e => e.Name.StartsWith(text));
            }

            var total = await elders.CountAsync(cancellationToken);
            var rows = await (from e in elders
                              join p in db.VisitPlans.AsNoTracking() on e.Id equals p.ElderProfileId into plans
                              from p in plans.DefaultIfEmpty()
                              orderby p == null ? DateOnly.MaxValue : p.NextDueDate, e.Name, e.Id
                              select new { e.Id, e.Name, e.BirthDate, e.StationId, e.TagCodes, e.RiskTier, Overridden = e.TierOverride != null, e.AssignedWorkerId,
                                  LastVisitDate = p == null ? null : p.LastVisitDate, NextDueDate = p == null ? (DateOnly?)null : p.NextDueDate })
                .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);

            return new ElderPage(
                rows.Select(r => new ElderListItem(r.Id, r.Name, r.BirthDate, r.StationId, VisitPolicy.ParseTags(r.TagCodes), r.RiskTier, r.Overridden,
                    r.AssignedWorkerId, r.LastVisitDate, r.NextDueDate)).ToList(),
                total, page, size);
        }
    }
}
