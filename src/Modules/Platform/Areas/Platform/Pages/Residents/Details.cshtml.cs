using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Features.Residents;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Residents;

/// <summary>One resident (masked); with the reveal permission, the full ID number after giving a reason (audited).</summary>
[Authorize(Policy = PlatformPermissions.ResidentsReadPolicy)]
public sealed class DetailsModel(IMediator mediator, ICurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Existing { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Registered { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string? RevealedIdNumber { get; private set; }
    public string? ReasonError { get; private set; }

    internal GetResident.ResidentDetail Resident { get; private set; } = null!;
    internal bool CanReveal => staff.HasPermission(PlatformPermissions.ResidentsRevealId);
    internal bool CanEdit => staff.HasPermission(PlatformPermissions.ResidentsWrite);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Resident = await mediator.Send(new GetResident.Query(Id), cancellationToken);

    public async Task<IActionResult> OnPostRevealAsync(CancellationToken cancellationToken)
    {
        Existing = Registered = Saved = false;
        try
        {
            RevealedIdNumber = (await mediator.Send(new RevealResidentId.Command(Id, Reason), cancellationToken)).IdNumber;
            Reason = null;
        }
        catch (ValidationException ex)
        {
            ReasonError = string.Join(" ", ex.Errors.Select(e => e.ErrorMessage));
        }
        catch (BusinessRuleException ex)
        {
            ReasonError = ex.Message;
        }

        Resident = await mediator.Send(new GetResident.Query(Id), cancellationToken);
        return Page();
    }
}
