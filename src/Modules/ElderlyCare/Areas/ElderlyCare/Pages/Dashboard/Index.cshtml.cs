using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ElderlyCare.Features.Figures;

namespace ModularSocialWork.Modules.ElderlyCare.Areas.ElderlyCare.Pages.Dashboard;

/// <summary>养老数据: the month's figures per station, the 12-month rate trend and the tier split, and the Excel report.</summary>
[Authorize(Policy = ElderlyCarePermissions.EldersReadPolicy)]
public sealed class IndexModel(IMediator mediator, ICurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "month")]
    public string? Month { get; set; }

    internal MonthlyFigures? Figures { get; private set; }
    internal string? Error { get; private set; }
    internal bool CanExport => staff.HasPermission(ElderlyCarePermissions.ReportsExport);

    /// <summary>Chart data for the static script (CSP: no inline script), as JSON in <c>data-</c> attributes.</summary>
    internal string TrendJson => JsonSerializer.Serialize(Figures?.Trend.Select(t => new { month = t.Month, rate = t.Rate is { } r ? Math.Round(r * 100, 1) : (double?)null }) ?? []);

    internal string TierJson => Figures is null ? "[]" : JsonSerializer.Serialize(new[]
    {
        new { name = "高风险", value = Figures.Total.HighRisk },
        new { name = "重点", value = Figures.Total.Key },
        new { name = "一般", value = Figures.Total.General },
    });

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Calendar.TryParseMonth(Month, out var first))
        {
            Error = FiguresCalendar.BadMonthMessage;
            Response.StatusCode = StatusCodes400;
            return;
        }

        Month = first.ToString("yyyy-MM");
        Figures = await mediator.Send(new GetMonthlyFigures(first), cancellationToken);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (!Calendar.TryParseMonth(Month, out var first)) return BadRequest(FiguresCalendar.BadMonthMessage);
        var file = await mediator.Send(new ExportMonthlyFigures(first), cancellationToken);
        return File(file.Content, ExportMonthlyFiguresHandler.ContentType, file.FileName);
    }

    private const int StatusCodes400 = 400;

    // Resolved here rather than in the constructor: the calendar is module-internal and the page model must be public.
    private FiguresCalendar Calendar => HttpContext.RequestServices.GetRequiredService<FiguresCalendar>();
}
