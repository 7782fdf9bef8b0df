using ModularSocialWork.BuildingBlocks.Time;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ElderlyCare.Domain;
using ModularSocialWork.Modules.ElderlyCare.Features.Policy;
using ModularSocialWork.Modules.ElderlyCare.Features.Profiles;
using ModularSocialWork.Modules.ElderlyCare.Features.Visits;

namespace ModularSocialWork.Modules.ElderlyCare.Areas.ElderlyCare.Pages.Visits;

/// <summary>The phone-first visit form: defaults filled (today, home visit, me, all good), submit at the bottom.</summary>
[Authorize(Policy = ElderlyCarePermissions.EldersWritePolicy)]
public sealed class RecordModel(IMediator mediator, ICurrentStaff staff) : PageModel
{
    // The calendar is module-internal, so it cannot be a constructor parameter of this public page model.
    private CountyCalendar calendar => HttpContext.RequestServices.GetRequiredService<CountyCalendar>();

    [BindProperty(SupportsGet = true)] public Guid ElderId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    internal ElderProfileDto Elder { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public sealed class InputModel
    {
        public DateOnly? VisitDate { get; set; }
        public int Method { get; set; }
        public int VisitorKind { get; set; }
        public string? VisitorName { get; set; }
        public int Living { get; set; }
        public int Health { get; set; }
        public int Safety { get; set; }
        public int Mental { get; set; }
        public string? Findings { get; set; }
        public string? NeedsFound { get; set; }
        public string? Referral { get; set; }
        public string? NextSteps { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = new InputModel { VisitDate = calendar.Today, VisitorName = staff.DisplayName ?? staff.UserName };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var unreadable = BuildingBlocks.Web.FormBinding.Unreadable(ModelState);
        ModelState.Clear();
        try
        {
            BuildingBlocks.Web.FormBinding.ThrowIfAny(unreadable);
            await mediator.Send(new RecordVisit.Command
            {
                ElderProfileId = ElderId,
                VisitDate = Input.VisitDate,
                Method = (VisitMethod)Input.Method,
                VisitorKind = (VisitorKind)Input.VisitorKind,
                VisitorName = Input.VisitorName,
                Living = (FindingLevel)Input.Living,
                Health = (FindingLevel)Input.Health,
                Safety = (FindingLevel)Input.Safety,
                Mental = (FindingLevel)Input.Mental,
                Findings = Input.Findings,
                NeedsFound = Input.NeedsFound,
                Referral = Input.Referral,
                NextSteps = Input.NextSteps,
            }, cancellationToken);
            return RedirectToPage("/Elders/Details", new { id = ElderId, visited = true });
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors) ModelState.AddModelError("Input." + error.PropertyName, error.ErrorMessage);
        }
        catch (BusinessRuleException ex)
        {
            ModelState.AddModelError("Input." + (ex.Field ?? ""), ex.Message);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = calendar.Today;
        Elder = await mediator.Send(new GetElderProfile.Query(ElderId), cancellationToken);
    }
}
