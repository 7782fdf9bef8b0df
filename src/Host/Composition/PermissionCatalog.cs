using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Host.Composition;

/// <summary>Permissions of the enabled modules only: a disabled module's permissions do not exist for anyone.</summary>
public sealed class PermissionCatalog : IPermissionCatalog
{
    private readonly HashSet<string> names;

    public PermissionCatalog(ModuleCatalog catalog)
    {
        All = catalog.Enabled.SelectMany(e => e.Module.Permissions).ToList();
        var duplicate = All.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ModuleCatalogException($"Permission '{duplicate.Key}' is declared twice.");
        var misplaced = catalog.Enabled
            .SelectMany(e => e.Module.Permissions.Select(p => (e.Manifest.Id, p.Name)))
            .FirstOrDefault(x => !x.Name.StartsWith(x.Id + ".", StringComparison.Ordinal));
        if (misplaced.Name is not null)
        {
            throw new ModuleCatalogException($"Module '{misplaced.Id}' declares permission '{misplaced.Name}'; its permissions must start with '{misplaced.Id}.'.");
        }

        names = All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<PermissionDefinition> All { get; }

    public bool Contains(string permission) => names.Contains(permission);
}
