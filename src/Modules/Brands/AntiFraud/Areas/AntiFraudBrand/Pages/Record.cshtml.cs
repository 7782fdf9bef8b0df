using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.Brands.AntiFraud.Domain;
using ModularSocialWork.Modules.Brands.AntiFraud.Features.Activities;

namespace ModularSocialWork.Modules.Brands.AntiFraud.Areas.AntiFraudBrand.Pages;

/// <summary>
/// Record a talk or home session: find residents in the ledger (GET ?q=), tick who attended and who reported a
/// suspicious call or transfer request, and save. No script: the search is a plain GET form.
/// </summary>
[Authorize(Policy = AntiFraudPermissions.WritePolicy)]
public sealed class RecordModel(IMediator mediator, IResidentDirectory residents, ICurrentStaff staff, CountyCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    internal IReadOnlyList<ResidentSummary> Found { get; private set; } = [];
    internal IReadOnlyList<string> Errors { get; private set; } = [];
    internal DateOnly Today => calendar.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Q)) Found = await residents.SearchAsync(Q.Trim(), 30, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(
        int kind, string? title, DateOnly? date, string? location, int[]? fraudTypes, string? materials, int? materialsCount,
        Guid[]? attendees, Guid[]? suspicious, CancellationToken cancellationToken)
    {
        var reported = (suspicious ?? []).ToHashSet();
        var command = new RecordActivity.Command(
            staff.ActingStationId ?? Guid.Empty, (ActivityKind)kind, title ?? "", date ?? calendar.Today, location,
            (fraudTypes ?? []).Aggregate(FraudTypes.None, (all, t) => all | (FraudTypes)t), materials, materialsCount ?? 0,
            (attendees ?? []).Distinct().Select(id => new RecordActivity.Attendee(id, reported.Contains(id))).ToList());
        try
        {
            await mediator.Send(command, cancellationToken);
            TempData["Message"] = "已登记宣传活动。" + (reported.Count > 0 ? $"已为 {reported.Count} 位居民生成回访任务。" : "");
            return RedirectToPage("Index");
        }
        catch (FluentValidation.ValidationException ex)
        {
            Errors = ex.Errors.Select(e => e.ErrorMessage).Distinct().ToList();
        }
        catch (AppException ex)
        {
            Errors = [ex.Message];
        }

        if (!string.IsNullOrWhiteSpace(Q)) Found = await residents.SearchAsync(Q.Trim(), 30, cancellationToken);
        return Page();
    }
}
