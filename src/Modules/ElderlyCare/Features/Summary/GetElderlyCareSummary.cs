using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Summary;

/// <summary>How many elders the module follows, by risk tier (the API's <c>GET summary</c> and the module home page).</summary>
[RequiresPermission(ElderlyCarePermissions.EldersRead)]
internal sealed record GetElderlyCareSummary : IRequest<ElderlyCareSummary>;

internal sealed record ElderlyCareSummary(int Total, int General, int Key, int HighRisk);

internal sealed class GetElderlyCareSummaryHandler(ElderlyCareDbContext db) : IRequestHandler<GetElderlyCareSummary, ElderlyCareSummary>
{
    public async Task<ElderlyCareSummary> Handle(GetElderlyCareSummary request, CancellationToken cancellationToken)
    {
        // One grouped query; tiers with no elder are absent from the result and count as zero.
        var counts = await db.Elders.AsNoTracking()
            .GroupBy(e => e.RiskTier)
            .Select(g => new { Tier = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Tier, x => x.Count, cancellationToken);

        int Count(RiskTier tier) => counts.GetValueOrDefault(tier);
        return new ElderlyCareSummary(counts.Values.Sum(), Count(RiskTier.General), Count(RiskTier.Key), Count(RiskTier.HighRisk));
    }
}
