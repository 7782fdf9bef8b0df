using MediatR;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Tasks;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Figures;

/// <summary>"本月探访率" and "本月服务人次" on the 工作台, for the signed-in user's station scope.</summary>
internal sealed class ElderlyCareFigureSource(IMediator mediator, FiguresCalendar calendar) : IDashboardFigureSource
{
    public const string DashboardUrl = "/ElderlyCare/Dashboard";

    public async Task<IReadOnlyList<DashboardFigure>> GetFiguresAsync(ICurrentStaff staff, CancellationToken cancellationToken)
    {
        if (!staff.HasPermission(ElderlyCarePermissions.EldersRead)) return [];
        var today = calendar.Today;
        var figures = await mediator.Send(new GetMonthlyFigures(new DateOnly(today.Year, today.Month, 1), WithTrend: false), cancellationToken);
        return
        [
            new("ElderlyCare", "本月探访率", "Visit rate this month", figures.Total.RateText, DashboardUrl),
            new("ElderlyCare", "本月服务人次", "Visits this month", figures.Total.ServiceTimes.ToString(), DashboardUrl),
        ];
    }
}
