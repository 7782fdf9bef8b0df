using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.Brands.AntiFraud.Features.Activities;
using ModularSocialWork.Modules.Brands.AntiFraud.Features.FollowUps;

namespace ModularSocialWork.Modules.Brands.AntiFraud.Areas.AntiFraudBrand.Pages;

/// <summary>The brand's home: this month's activities and served counts, and the open follow-up visits.</summary>
[Authorize(Policy = AntiFraudPermissions.ReadPolicy)]
public sealed class IndexModel(IMediator mediator, ICurrentStaff staff, CountyCalendar calendar) : PageModel
{
    internal IReadOnlyList<ActivityItem> Activities { get; private set; } = [];
    internal IReadOnlyList<FollowUpItem> FollowUps { get; private set; } = [];
    internal int ServiceTimes { get; private set; }
    internal bool CanWrite => staff.HasPermission(AntiFraudPermissions.Write);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        Activities = await mediator.Send(new ListActivities(new DateOnly(today.Year, today.Month, 1).AddMonths(-2), today), cancellationToken);
        ServiceTimes = Activities.Where(a => a.Date.Year == today.Year && a.Date.Month == today.Month).Sum(a => a.Attendees);
        FollowUps = await mediator.Send(new ListOpenFollowUps(), cancellationToken);
    }

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, string? outcome, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new CompleteFollowUp(id, outcome ?? ""), cancellationToken);
            Message = "回访已完成。";
        }
        catch (FluentValidation.ValidationException ex)
        {
            Message = string.Join(" ", ex.Errors.Select(e => e.ErrorMessage));
        }
        catch (AppException ex)
        {
            Message = ex.Message;
        }

        return RedirectToPage();
    }

    internal static string KindText(Domain.ActivityKind kind) => kind == Domain.ActivityKind.Talk ? "宣讲会" : "入户宣传";
}
