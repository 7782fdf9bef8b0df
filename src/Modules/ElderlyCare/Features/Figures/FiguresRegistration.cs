using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Tasks;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Figures;

internal static class FiguresRegistration
{
    public static IServiceCollection AddElderlyCareFigures(this IServiceCollection services)
    {
        services.AddSingleton<FiguresCalendar>();
        services.AddScoped<MonthlyFiguresCalculator>();
        services.AddScoped<IDashboardFigureSource, ElderlyCareFigureSource>();
        services.AddScoped<IServedCountSource, ElderlyCareServedCounts>();
        return services;
    }
}
