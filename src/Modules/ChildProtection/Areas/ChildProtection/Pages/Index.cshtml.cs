using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.Modules.ChildProtection.Features.Summary;

namespace ModularSocialWork.Modules.ChildProtection.Areas.ChildProtection.Pages;

/// <summary>Module home: counts by risk level until the child list and visits arrive.</summary>
[Authorize(Policy = ChildProtectionPermissions.CasesReadPolicy)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    // Internal: the summary type is module-internal, and the page is compiled into this same assembly.
    internal ChildProtectionSummary Summary { get; private set; } = new(0, 0, 0, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Summary = await mediator.Send(new GetChildProtectionSummary(), cancellationToken);
}
