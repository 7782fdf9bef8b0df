using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ChildProtection.Features.Cases;
using ModularSocialWork.Modules.ChildProtection.Features.Summary;

namespace ModularSocialWork.Modules.ChildProtection.Areas.ChildProtection.Pages;

/// <summary>Module home: counts by risk level, the cases waiting for a supervisor, the way into children and referrals.</summary>
[Authorize(Policy = ChildProtectionPermissions.CasesReadPolicy)]
public sealed class IndexModel(IMediator mediator, ICurrentStaff staff) : PageModel
{
    // Internal: the summary type is module-internal, and the page is compiled into this same assembly.
    internal ChildProtectionSummary Summary { get; private set; } = new(0, 0, 0, 0);
    internal CasePage Awaiting { get; private set; } = new([], 0, 1, 20);
    internal CasePage Recent { get; private set; } = new([], 0, 1, 20);
    public bool CanApprove => staff.HasPermission(ChildProtectionPermissions.CasesApprove);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Summary = await mediator.Send(new GetChildProtectionSummary(), cancellationToken);
        Awaiting = await mediator.Send(new ListCases.Query { AwaitingApproval = true, PageSize = 50 }, cancellationToken);
        Recent = await mediator.Send(new ListCases.Query { PageSize = 10 }, cancellationToken);
    }
}
