using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Visits;

internal sealed record VisitDto(
    Guid Id, DateOnly VisitDate, VisitMethod Method, VisitorKind VisitorKind, string VisitorName,
    FindingLevel Living, FindingLevel Health, FindingLevel Safety, FindingLevel Mental,
    string? Findings, string? NeedsFound, string? Referral, string? NextSteps, DateTimeOffset CreatedAt);

/// <summary>The visits of one elder, newest first (404 when the elder is not visible).</summary>
internal static class ListVisits
{
    [RequiresPermission(ElderlyCarePermissions.EldersRead)]
    public sealed record Query(Guid ElderProfileId, int Limit = 100) : IRequest<IReadOnlyList<VisitDto>>;

    internal sealed class Handler(ElderlyCareDbContext db) : IRequestHandler<Query, IReadOnlyList<VisitDto>>
    {
        public async Task<IReadOnlyList<VisitDto>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (!await db.Elders.AnyAsync(e => e.Id == request.ElderProfileId, cancellationToken)) throw new NotFoundException("找不到该老人档案。");
            return await db.VisitRecords.AsNoTracking()
                .Where(v => v.ElderProfileId == request.ElderProfileId)
                .OrderByDescending(v => v.VisitDate).ThenByDescending(v => v.Id)
                .Take(Math.Clamp(request.Limit, 1, 500))
                .Select(v => new VisitDto(v.Id, v.VisitDate, v.Method, v.VisitorKind, v.VisitorName, v.Living, v.Health, v.Safety, v.Mental,
                    v.Findings, v.NeedsFound, v.Referral, v.NextSteps, v.CreatedAt))
                .ToListAsync(cancellationToken);
        }
    }
}
