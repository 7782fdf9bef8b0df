using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ChildProtection.Domain;
using ModularSocialWork.Modules.ChildProtection.Features.Children;
using ModularSocialWork.Modules.ChildProtection.Features.Visits;

namespace ModularSocialWork.Modules.ChildProtection.Areas.ChildProtection.Pages.Visits;

/// <summary>The phone-first visit form for a child (date today, home visit, me).</summary>
[Authorize(Policy = ChildProtectionPermissions.CasesWritePolicy)]
public sealed class RecordModel(IMediator mediator, ICurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid ChildId { get; set; }
    [BindProperty] public DateOnly? VisitDate { get; set; }
    [BindProperty] public int Method { get; set; }
    [BindProperty] public string? VisitorName { get; set; }
    [BindProperty] public string? Findings { get; set; }
    [BindProperty] public string? NeedsFound { get; set; }

    internal ChildListItem? Child { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        VisitorName = staff.DisplayName ?? staff.UserName;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (_, error) = await PageCommands.SendAsync(this, mediator, new RecordChildVisit.Command
        {
            ChildProfileId = ChildId, VisitDate = VisitDate, Method = (VisitMethod)Method, VisitorName = VisitorName, Findings = Findings, NeedsFound = NeedsFound,
        }, cancellationToken);
        if (error is null) return RedirectToPage("/Children/Details", new { id = ChildId, visited = true });
        Error = error;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Child = await mediator.Send(new GetChildHeader.Query(ChildId), cancellationToken);
        return true;
    }
}
