using MediatR;
using ModularSocialWork.BuildingBlocks.Mediation;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Figures;

/// <summary>The month's figures per station of the caller's scope and in total, with the last 12 months' rate.</summary>
[RequiresPermission(ElderlyCarePermissions.EldersRead)]
internal sealed record GetMonthlyFigures(DateOnly Month, bool WithTrend = true) : IRequest<MonthlyFigures>;

internal sealed class GetMonthlyFiguresHandler(MonthlyFiguresCalculator calculator) : IRequestHandler<GetMonthlyFigures, MonthlyFigures>
{
    public Task<MonthlyFigures> Handle(GetMonthlyFigures request, CancellationToken cancellationToken) =>
        calculator.ComputeAsync(request.Month, request.WithTrend, cancellationToken);
}
