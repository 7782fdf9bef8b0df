using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ChildProtection.Domain;
using ModularSocialWork.Modules.ChildProtection.Features.Visits;

namespace ModularSocialWork.Modules.ChildProtection.Areas.ChildProtection.Pages.Policy;

/// <summary>The county's visit cadence per child category; county admins edit it (saving replans every child).</summary>
[Authorize(Policy = ChildProtectionPermissions.CasesReadPolicy)]
public sealed class IndexModel(IMediator mediator, ICurrentStaff staff) : PageModel
{
    [BindProperty] public List<int> Months { get; set; } = [];
    [BindProperty] public List<int> Days { get; set; } = [];
    [BindProperty(SupportsGet = true)] public int? Replanned { get; set; }

    internal IReadOnlyList<CadenceDto> Cadences { get; private set; } = [];
    public bool CanManage => staff.HasPermission(ChildProtectionPermissions.PolicyManage);
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Cadences = await mediator.Send(new GetVisitCadences.Query(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanManage) return Forbid();
        var categories = Enum.GetValues<ChildCategory>();
        var input = categories.Select((c, i) => new CadenceDto(c, Months.ElementAtOrDefault(i), Days.ElementAtOrDefault(i))).ToList();
        var (count, error) = await PageCommands.SendAsync(this, mediator, new UpdateVisitCadences.Command { Cadences = input }, cancellationToken);
        if (error is null) return RedirectToPage("Index", new { replanned = count });
        Error = error;
        Cadences = input;
        return Page();
    }
}
