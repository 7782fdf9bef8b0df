using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ChildProtection.Domain;
using ModularSocialWork.Modules.ChildProtection.Features.Referrals;

namespace ModularSocialWork.Modules.ChildProtection.Areas.ChildProtection.Pages.Referrals;

/// <summary>
/// Referrals both ways: incoming (to my stations — answered here) and outgoing (from my stations; a department's or
/// agency's answer is recorded here by the referring station).
/// </summary>
[Authorize(Policy = ChildProtectionPermissions.CasesReadPolicy)]
public sealed class IndexModel(IMediator mediator, ICurrentStaff staff, IStationScope scope) : PageModel
{
    [BindProperty] public Guid ReferralId { get; set; }
    [BindProperty] public bool Accept { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty(SupportsGet = true)] public bool Done { get; set; }

    internal IReadOnlyList<ReferralDto> Incoming { get; private set; } = [];
    internal IReadOnlyList<ReferralDto> Outgoing { get; private set; } = [];
    public bool CanWrite => staff.HasPermission(ChildProtectionPermissions.CasesWrite);
    public string? Error { get; private set; }

    internal bool MayRespond(ReferralDto r) => CanWrite && r.Status == ReferralStatus.Pending &&
        (r.Target == ReferralTarget.Station ? r.ToStationId is { } to && scope.CanSee(to) : scope.CanSee(r.FromStationId));

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (_, error) = await PageCommands.SendAsync(this, mediator, new RespondReferral.Command { Id = ReferralId, Accept = Accept, Reason = Reason }, cancellationToken);
        if (error is null) return RedirectToPage("Index", new { done = true });
        Error = error;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Incoming = await mediator.Send(new ListReferrals.Query("incoming", null), cancellationToken);
        Outgoing = await mediator.Send(new ListReferrals.Query("outgoing", null), cancellationToken);
    }
}
