using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Figures;

/// <summary><c>GET /api/elderly-care/figures?month=yyyy-MM</c> and its Excel export.</summary>
internal static class FigureEndpoints
{
    public static void MapFigureEndpoints(this RouteGroupBuilder api)
    {
        var figures = api.MapGroup("figures").WithTags("ElderlyCare");

        figures.MapGet("", async Task<IResult> (string? month, [FromServices] FiguresCalendar calendar, [FromServices] IMediator mediator, CancellationToken ct) =>
                calendar.TryParseMonth(month, out var first)
                    ? TypedResults.Ok(await mediator.Send(new GetMonthlyFigures(first), ct))
                    : BadMonth())
            .RequireAuthorization(PermissionClaim.Policy(ElderlyCarePermissions.EldersRead))
            .WithName("ElderlyCare.GetMonthlyFigures")
            .Produces<MonthlyFigures>()
            .ProducesValidationProblem();

        figures.MapGet("export", async Task<IResult> (string? month, [FromServices] FiguresCalendar calendar, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                if (!calendar.TryParseMonth(month, out var first)) return BadMonth();
                var file = await mediator.Send(new ExportMonthlyFigures(first), ct);
                return TypedResults.File(file.Content, ExportMonthlyFiguresHandler.ContentType, file.FileName);
            })
            .RequireAuthorization(PermissionClaim.Policy(ElderlyCarePermissions.ReportsExport))
            .WithName("ElderlyCare.ExportMonthlyFigures")
            .ProducesValidationProblem();
    }

    private static IResult BadMonth() => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { ["month"] = [FiguresCalendar.BadMonthMessage] },
        title: FiguresCalendar.BadMonthMessage);
}
