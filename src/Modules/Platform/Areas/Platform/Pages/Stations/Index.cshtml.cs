using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.Modules.Platform.Features.Stations;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Stations;

[Authorize(Policy = PlatformPermissions.StationsReadPolicy)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    internal IReadOnlyList<ListStations.StationItem> Stations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Stations = await mediator.Send(new ListStations.Query(), cancellationToken);

    /// <summary>Indentation by depth with Bootstrap spacing classes (the CSP allows no inline styles).</summary>
    internal static string IndentClass(int depth) => depth switch
    {
        0 => "",
        1 => "ps-4",
        _ => "ps-5",
    };
}
