using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.Modules.ElderlyCare.Features.Summary;

namespace ModularSocialWork.Modules.ElderlyCare.Areas.ElderlyCare.Pages;

/// <summary>Module home: counts by risk tier until the elder list and visits arrive.</summary>
[Authorize(Policy = ElderlyCarePermissions.EldersReadPolicy)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    // Internal: the summary type is module-internal, and the page is compiled into this same assembly.
    internal ElderlyCareSummary Summary { get; private set; } = new(0, 0, 0, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Summary = await mediator.Send(new GetElderlyCareSummary(), cancellationToken);
}
