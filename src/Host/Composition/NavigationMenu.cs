using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Web;

namespace ModularSocialWork.Host.Composition;

/// <summary>The main navigation: items of enabled modules, filtered by the current user's permissions.</summary>
public sealed class NavigationMenu(ModuleCatalog catalog)
{
    private readonly IReadOnlyList<NavigationItem> items = catalog.Enabled
        .SelectMany(e => e.Module.Navigation)
        .OrderBy(i => i.Order)
        .ThenBy(i => i.Url, StringComparer.Ordinal)
        .ToList();

    public IEnumerable<NavigationItem> For(ICurrentStaff staff) =>
        items.Where(i => staff.IsAuthenticated && (i.Permission is null || staff.HasPermission(i.Permission)));
}
