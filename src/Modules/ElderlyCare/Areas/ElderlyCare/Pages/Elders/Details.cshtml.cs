using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ElderlyCare.Domain;
using ModularSocialWork.Modules.ElderlyCare.Features.Events;
using ModularSocialWork.Modules.ElderlyCare.Features.Profiles;
using ModularSocialWork.Modules.ElderlyCare.Features.Visits;

namespace ModularSocialWork.Modules.ElderlyCare.Areas.ElderlyCare.Pages.Elders;

/// <summary>An elder: profile, tier (with the manual override), plan, visits, major events.</summary>
[Authorize(Policy = ElderlyCarePermissions.EldersReadPolicy)]
public sealed class DetailsModel(IMediator mediator, ICurrentStaff staff, IStaffDirectory staffDirectory) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }
    [BindProperty(SupportsGet = true)] public bool Visited { get; set; }

    [BindProperty] public string? OverrideTier { get; set; }
    [BindProperty] public string? OverrideReason { get; set; }
    [BindProperty] public int EventKind { get; set; }
    [BindProperty] public DateOnly? EventDate { get; set; }

    internal ElderProfileDto Elder { get; private set; } = null!;
    internal IReadOnlyList<VisitDto> Visits { get; private set; } = [];
    public string? WorkerName { get; private set; }
    public bool CanWrite => staff.HasPermission(ElderlyCarePermissions.EldersWrite);
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Visited) Message = BuildingBlocks.Web.UiText.Pick("探访已记录", "Visit recorded");
        else if (Saved) Message = BuildingBlocks.Web.UiText.Pick("已保存", "Saved");
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostOverrideAsync(CancellationToken cancellationToken)
    {
        RiskTier? tier = Enum.TryParse<RiskTier>(OverrideTier, out var t) ? t : null;
        return await SendAsync(new OverrideTier.Command { Id = Id, Tier = tier, Reason = OverrideReason }, cancellationToken);
    }

    public async Task<IActionResult> OnPostEventAsync(CancellationToken cancellationToken) =>
        await SendAsync(new RecordMajorEvent.Command { ElderProfileId = Id, Kind = (MajorEventKind)EventKind, OccurredOn = EventDate }, cancellationToken);

    private async Task<IActionResult> SendAsync(IRequest<Guid> command, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(command, cancellationToken);
            return RedirectToPage("Details", new { id = Id, saved = true });
        }
        catch (ValidationException ex)
        {
            Error = string.Join(" ", ex.Errors.Select(e => e.ErrorMessage).Distinct());
        }
        catch (BusinessRuleException ex)
        {
            Error = ex.Message;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Elder = await mediator.Send(new GetElderProfile.Query(Id), cancellationToken);
        Visits = await mediator.Send(new ListVisits.Query(Id, 50), cancellationToken);
        if (Elder.AssignedWorkerId is { } worker) WorkerName = (await staffDirectory.FindAsync(worker, cancellationToken))?.DisplayName;
    }
}
