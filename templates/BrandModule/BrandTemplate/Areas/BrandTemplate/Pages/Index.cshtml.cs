using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.Brands.BrandTemplate.Features.Services;

namespace ModularSocialWork.Modules.Brands.BrandTemplate.Areas.BrandTemplate.Pages;

/// <summary>The brand's page: its latest services and a form to record one (page models are public, MVC needs it).</summary>
[Authorize(Policy = BrandTemplatePermissions.ReadPolicy)]
public sealed class IndexModel(IMediator mediator, ICurrentStaff staff, CountyCalendar calendar) : PageModel
{
    internal IReadOnlyList<ServiceItem> Services { get; private set; } = [];
    internal IReadOnlyList<string> Errors { get; private set; } = [];
    internal bool CanWrite => staff.HasPermission(BrandTemplatePermissions.Write);
    internal DateOnly Today => calendar.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Services = await mediator.Send(new ListServices(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? title, DateOnly? date, int? peopleServed, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new RecordService.Command(
                staff.ActingStationId ?? Guid.Empty, date ?? calendar.Today, title ?? "", peopleServed ?? 0), cancellationToken);
            return RedirectToPage();
        }
        catch (FluentValidation.ValidationException ex)
        {
            Errors = ex.Errors.Select(e => e.ErrorMessage).Distinct().ToList();
        }
        catch (AppException ex)
        {
            Errors = [ex.Message];
        }

        Services = await mediator.Send(new ListServices(), cancellationToken);
        return Page();
    }
}
