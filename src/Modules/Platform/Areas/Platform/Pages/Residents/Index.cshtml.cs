using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Features.Residents;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Residents;

/// <summary>居民档案: search, filters and paging on the server; export of the same filtered list.</summary>
[Authorize(Policy = PlatformPermissions.ResidentsReadPolicy)]
public sealed class IndexModel(IMediator mediator, IStationDirectory directory, IStationScope scope, ICurrentStaff staff) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? StationId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Village { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    internal ListResidents.Page Results { get; private set; } = new([], 0, 1, PageSize);
    internal IReadOnlyList<StationSummary> Stations { get; private set; } = [];
    internal bool CanWrite => staff.HasPermission(PlatformPermissions.ResidentsWrite);
    internal bool CanImport => staff.HasPermission(PlatformPermissions.ResidentsImport);
    internal bool CanExport => staff.HasPermission(PlatformPermissions.ResidentsExport);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Results = await mediator.Send(Filter() with { Page = PageNumber, PageSize = PageSize }, cancellationToken);
        Stations = await ResidentForm.VisibleStationsAsync(directory, scope, cancellationToken);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new ExportResidents.Query(Filter()), cancellationToken);
        return File(result.Content, ExportResidents.ContentType, result.FileName);
    }

    internal object Route(int page) => new { q = Q, tag = Tag, stationId = StationId, village = Village, p = page };

    private ListResidents.Query Filter() => new()
    {
        Search = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
        Tag = string.IsNullOrWhiteSpace(Tag) ? null : Tag,
        StationId = StationId,
        Village = string.IsNullOrWhiteSpace(Village) ? null : Village.Trim(),
    };
}
