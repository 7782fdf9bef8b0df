using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ChildProtection.Features.Cases;
using ModularSocialWork.Modules.ChildProtection.Features.Children;

namespace ModularSocialWork.Modules.ChildProtection.Areas.ChildProtection.Pages.Children;

/// <summary>A child: profile (sensitive fields only with Health.Read), visit plan and visits, cases; opening a case.</summary>
[Authorize(Policy = ChildProtectionPermissions.CasesReadPolicy)]
public sealed class DetailsModel(IMediator mediator, ICurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }
    [BindProperty(SupportsGet = true)] public bool Visited { get; set; }
    [BindProperty] public string? IntakeReason { get; set; }

    internal ChildProfileDto Child { get; private set; } = null!;
    public bool CanWrite => staff.HasPermission(ChildProtectionPermissions.CasesWrite);
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Visited) Message = BuildingBlocks.Web.UiText.Pick("探访已记录", "Visit recorded");
        else if (Saved) Message = BuildingBlocks.Web.UiText.Pick("已保存", "Saved");
        Child = await mediator.Send(new GetChildProfile.Query(Id), cancellationToken);
    }

    public async Task<IActionResult> OnPostOpenCaseAsync(CancellationToken cancellationToken)
    {
        var (caseId, error) = await PageCommands.SendAsync(this, mediator, new OpenCase.Command { ChildProfileId = Id, IntakeReason = IntakeReason }, cancellationToken);
        if (error is null) return RedirectToPage("/Cases/Details", new { id = caseId });
        Error = error;
        Child = await mediator.Send(new GetChildProfile.Query(Id), cancellationToken);
        return Page();
    }
}
