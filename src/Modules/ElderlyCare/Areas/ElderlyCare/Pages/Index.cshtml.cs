using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ElderlyCare.Features.Summary;

namespace ModularSocialWork.Modules.ElderlyCare.Areas.ElderlyCare.Pages;

/// <summary>Module home: counts by risk tier and the way to elders, visits and the policy.</summary>
[Authorize(Policy = ElderlyCarePermissions.EldersReadPolicy)]
public sealed class IndexModel(IMediator mediator, ICurrentStaff staff) : PageModel
{
    // Internal: the summary type is module-internal, and the page is compiled into this same assembly.
    internal ElderlyCareSummary Summary { get; private set; } = new(0, 0, 0, 0);

    public bool CanWrite => staff.HasPermission(ElderlyCarePermissions.EldersWrite);
    public bool CanManagePolicy => staff.HasPermission(ElderlyCarePermissions.PolicyManage);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Summary = await mediator.Send(new GetElderlyCareSummary(), cancellationToken);
}
