using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ChildProtection.Domain;
using ModularSocialWork.Modules.ChildProtection.Features.Children;

namespace ModularSocialWork.Modules.ChildProtection.Areas.ChildProtection.Pages.Children;

/// <summary>Children of the station scope, filtered and paged on the server.</summary>
[Authorize(Policy = ChildProtectionPermissions.CasesReadPolicy)]
public sealed class IndexModel(IMediator mediator, ICurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Risk { get; set; }
    [BindProperty(SupportsGet = true)] public bool Mine { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    internal ChildPage Results { get; private set; } = new([], 0, 1, 20);
    public bool CanWrite => staff.HasPermission(ChildProtectionPermissions.CasesWrite);
    public bool CanExport => staff.HasPermission(ChildProtectionPermissions.ReportsExport);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Results = await mediator.Send(new ListChildren.Query
        {
            Search = Q,
            Category = Enum.TryParse<ChildCategory>(Category, out var c) ? c : null,
            RiskLevel = Enum.TryParse<RiskLevel>(Risk, out var r) ? r : null,
            WorkerId = Mine ? staff.UserId : null,
            Page = PageNumber,
        }, cancellationToken);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var file = await mediator.Send(new ExportChildren(), cancellationToken);
        return File(file.Content, ExportedFile.ContentType, file.FileName);
    }
}
