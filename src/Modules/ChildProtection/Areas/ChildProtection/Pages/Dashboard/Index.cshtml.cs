using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ChildProtection.Features.Figures;

namespace ModularSocialWork.Modules.ChildProtection.Areas.ChildProtection.Pages.Dashboard;

/// <summary>儿童数据: children followed and served, visits and follow-ups on time, open referrals, cases by stage.</summary>
[Authorize(Policy = ChildProtectionPermissions.CasesReadPolicy)]
public sealed class IndexModel(IMediator mediator, ICurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "month")] public string? Month { get; set; }

    internal ChildFigures? Figures { get; private set; }
    internal string? Error { get; private set; }
    internal bool CanExport => staff.HasPermission(ChildProtectionPermissions.ReportsExport);

    /// <summary>Chart data for the static script (CSP: no inline script), as JSON in <c>data-</c> attributes.</summary>
    internal string StagesJson => JsonSerializer.Serialize(Figures?.CasesByStage.Select(s => new { name = s.Name, value = s.Count }) ?? []);
    internal string CategoriesJson => JsonSerializer.Serialize(Figures?.ChildrenByCategory.Where(c => c.Count > 0).Select(c => new { name = c.Name, value = c.Count }) ?? []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var calculator = HttpContext.RequestServices.GetRequiredService<ChildFiguresCalculator>();
        if (!calculator.TryParseMonth(Month, out var first))
        {
            Error = ChildFiguresCalculator.BadMonthMessage;
            Response.StatusCode = 400;
            return;
        }

        Month = first.ToString("yyyy-MM");
        Figures = await mediator.Send(new GetChildFigures(first), cancellationToken);
    }
}
