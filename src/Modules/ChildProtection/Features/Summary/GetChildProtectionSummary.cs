using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Features.Summary;

/// <summary>How many children the module follows, by risk level (the API's <c>GET summary</c> and the module home page).</summary>
[RequiresPermission(ChildProtectionPermissions.CasesRead)]
internal sealed record GetChildProtectionSummary : IRequest<ChildProtectionSummary>;

internal sealed record ChildProtectionSummary(int Total, int Low, int Medium, int High);

internal sealed class GetChildProtectionSummaryHandler(ChildProtectionDbContext db) : IRequestHandler<GetChildProtectionSummary, ChildProtectionSummary>
{
    public async Task<ChildProtectionSummary> Handle(GetChildProtectionSummary request, CancellationToken cancellationToken)
    {
        // One grouped query; levels with no child are absent from the result and count as zero.
        var counts = await db.Children.AsNoTracking()
            .GroupBy(c => c.RiskLevel)
            .Select(g => new { Level = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Level, x => x.Count, cancellationToken);

        int Count(RiskLevel level) => counts.GetValueOrDefault(level);
        return new ChildProtectionSummary(counts.Values.Sum(), Count(RiskLevel.Low), Count(RiskLevel.Medium), Count(RiskLevel.High));
    }
}
