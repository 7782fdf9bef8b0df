using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Web;
using ModularSocialWork.Modules.Platform.Features.Stations;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Stations;

[Authorize(Policy = PlatformPermissions.StationsReadPolicy)]
public sealed class IndexModel(IMediator mediator, ICurrentStaff staff) : PageModel
{
    internal IReadOnlyList<ListStations.StationItem> Stations { get; private set; } = [];

    internal StationBrands.Overview Brands { get; private set; } = new([], []);

    internal bool CanAssignBrands => staff.HasPermission(PlatformPermissions.BrandsAssign);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Stations = await mediator.Send(new ListStations.Query(), cancellationToken);
        Brands = await mediator.Send(new StationBrands.Query(), cancellationToken);
    }

    /// <summary>County admins save a station's brand services (一站一特色) from the form in its row.</summary>
    public async Task<IActionResult> OnPostBrandsAsync(Guid stationId, string[]? moduleIds, CancellationToken cancellationToken)
    {
        if (!CanAssignBrands) return Forbid();
        try
        {
            await mediator.Send(new StationBrands.Assign(stationId, moduleIds ?? []), cancellationToken);
            Message = "已保存站点的品牌服务。";
        }
        catch (AppException ex)
        {
            Message = ex.Message;
        }
        catch (FluentValidation.ValidationException ex)
        {
            Message = string.Join(" ", ex.Errors.Select(e => e.ErrorMessage).Distinct());
        }

        return RedirectToPage();
    }

    internal IReadOnlyList<string> BrandsOf(Guid stationId) =>
        Brands.Stations.FirstOrDefault(s => s.StationId == stationId)?.ModuleIds ?? [];

    internal IReadOnlyList<StationBrands.BrandFigure> FiguresOf(Guid stationId) =>
        Brands.Stations.FirstOrDefault(s => s.StationId == stationId)?.ThisMonth ?? [];

    internal string BrandName(string moduleId) =>
        Brands.Brands.FirstOrDefault(b => b.Id == moduleId) is { } brand ? UiText.Pick(brand.NameZh, brand.NameEn) : moduleId;

    /// <summary>Indentation by depth with Bootstrap spacing classes (the CSP allows no inline styles).</summary>
    internal static string IndentClass(int depth) => depth switch
    {
        0 => "",
        1 => "ps-4",
        _ => "ps-5",
    };
}
