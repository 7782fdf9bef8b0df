using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ElderlyCare.Domain;
using ModularSocialWork.Modules.ElderlyCare.Features.Profiles;

namespace ModularSocialWork.Modules.ElderlyCare.Areas.ElderlyCare.Pages.Elders;

/// <summary>The elders of the user's stations, next due first, with tier/tag/"mine"/name filters.</summary>
[Authorize(Policy = ElderlyCarePermissions.EldersReadPolicy)]
public sealed class IndexModel(IMediator mediator, ICurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tier { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }
    [BindProperty(SupportsGet = true)] public bool Mine { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    internal ElderPage Results { get; private set; } = new([], 0, 1, 20);
    public bool CanWrite => staff.HasPermission(ElderlyCarePermissions.EldersWrite);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Results = await mediator.Send(new ListElders.Query
        {
            Search = Q,
            Tier = Enum.TryParse<RiskTier>(Tier, out var tier) ? tier : null,
            Tag = string.IsNullOrWhiteSpace(Tag) ? null : Tag,
            WorkerId = Mine ? staff.UserId : null,
            Page = PageNumber,
            PageSize = 20,
        }, cancellationToken);
    }
}
