using System.Reflection;
using ModularSocialWork.BuildingBlocks.Modules;

namespace ModularSocialWork.Host.Composition;

/// <summary>A module the catalog found, with where it came from and whether configuration switched it on.</summary>
public sealed record CatalogEntry(ModuleBase Module, Assembly Assembly, bool Enabled, string Source)
{
    public ModuleManifest Manifest => Module.Manifest;
}

/// <summary>Start-up cannot go on; the message is printed once and the process exits.</summary>
public sealed class ModuleCatalogException(string message) : StartupConfigurationException(message);

/// <summary>
/// Every module found (built-in and binary plugins from <c>plugins/&lt;Id&gt;/</c>) and the enabled ones in dependency order. Built once at start-up
/// from <c>Modules:&lt;Id&gt;:Enabled</c>; refuses unknown keys, duplicate ids and enabled modules with a disabled dependency.
/// </summary>
public sealed class ModuleCatalog
{
    /// <summary>Keys under <c>Modules</c> that are settings, not module ids.</summary>
    public static readonly IReadOnlySet<string> ReservedKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "PluginDirectory" };

    private ModuleCatalog(IReadOnlyList<CatalogEntry> all, IReadOnlyList<CatalogEntry> enabled)
    {
        All = all;
        Enabled = enabled;
    }

    public IReadOnlyList<CatalogEntry> All { get; }

    /// <summary>Enabled modules, dependencies first.</summary>
    public IReadOnlyList<CatalogEntry> Enabled { get; }

    public IEnumerable<CatalogEntry> Disabled => All.Where(e => !e.Enabled);

    public bool IsEnabled(string moduleId) => Enabled.Any(e => string.Equals(e.Manifest.Id, moduleId, StringComparison.OrdinalIgnoreCase));

    public static ModuleCatalog Build(IConfiguration configuration, IEnumerable<(Assembly Assembly, string Source)> candidates)
    {
        var found = new List<(ModuleBase Module, Assembly Assembly, string Source)>();
        foreach (var (assembly, source) in candidates)
        {
            var attribute = assembly.GetCustomAttribute<SocialWorkModuleAttribute>();
            if (attribute is null) continue;
            if (!typeof(ModuleBase).IsAssignableFrom(attribute.ModuleType) || attribute.ModuleType.IsAbstract)
            {
                throw new ModuleCatalogException(
                    $"Module assembly {assembly.GetName().Name} ({source}) names {attribute.ModuleType.FullName} as its module, which is not a concrete ModuleBase.");
            }

            found.Add(((ModuleBase)Activator.CreateInstance(attribute.ModuleType)!, assembly, source));
        }

        return Build(configuration, found);
    }

    /// <summary>Applies the catalog rules to module instances already created (built-in, plugins, or test doubles).</summary>
    public static ModuleCatalog Build(IConfiguration configuration, IReadOnlyList<(ModuleBase Module, Assembly Assembly, string Source)> found)
    {
        var duplicate = found.GroupBy(f => f.Module.Manifest.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ModuleCatalogException(
                $"Two modules share the id '{duplicate.Key}': {string.Join(" and ", duplicate.Select(d => $"{d.Assembly.GetName().Name} ({d.Source})"))}. Module ids must be unique.");
        }

        var known = found.ToDictionary(f => f.Module.Manifest.Id, StringComparer.OrdinalIgnoreCase);
        var modulesSection = configuration.GetSection("Modules");
        foreach (var child in modulesSection.GetChildren())
        {
            if (ReservedKeys.Contains(child.Key)) continue;
            if (!known.ContainsKey(child.Key))
            {
                throw new ModuleCatalogException(
                    $"Configuration key 'Modules:{child.Key}' names no known module. Known modules: {string.Join(", ", known.Keys.Order(StringComparer.Ordinal))}.");
            }
        }

        var entries = new List<CatalogEntry>();
        foreach (var (module, assembly, source) in found)
        {
            var manifest = module.Manifest;
            var enabledText = modulesSection.GetSection(manifest.Id)["Enabled"];
            var enabled = true;
            if (enabledText is not null && !bool.TryParse(enabledText, out enabled))
            {
                throw new ModuleCatalogException($"Modules:{manifest.Id}:Enabled is '{enabledText}'; use true or false.");
            }

            if (manifest.AlwaysEnabled && !enabled)
            {
                throw new ModuleCatalogException($"Module '{manifest.Id}' is always on and cannot be disabled (Modules:{manifest.Id}:Enabled=false).");
            }

            entries.Add(new CatalogEntry(module, assembly, enabled, source));
        }

        foreach (var entry in entries.Where(e => e.Enabled))
        {
            foreach (var dependency in entry.Manifest.DependsOn)
            {
                if (!known.ContainsKey(dependency))
                {
                    throw new ModuleCatalogException($"Module '{entry.Manifest.Id}' depends on '{dependency}', which is not installed.");
                }

                if (!entries.First(e => string.Equals(e.Manifest.Id, dependency, StringComparison.OrdinalIgnoreCase)).Enabled)
                {
                    throw new ModuleCatalogException(
                        $"Module '{entry.Manifest.Id}' is enabled but depends on '{dependency}', which is disabled. Enable Modules:{dependency}:Enabled or disable '{entry.Manifest.Id}'.");
                }
            }
        }

        var ordered = TopologicalOrder(entries.Where(e => e.Enabled).ToList());
        return new ModuleCatalog(entries.OrderBy(e => e.Manifest.Id, StringComparer.Ordinal).ToList(), ordered);
    }

    private static List<CatalogEntry> TopologicalOrder(List<CatalogEntry> enabled)
    {
        var byId = enabled.ToDictionary(e => e.Manifest.Id, StringComparer.OrdinalIgnoreCase);
        var result = new List<CatalogEntry>();
        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase); // false = visiting, true = done

        void Visit(CatalogEntry entry, Stack<string> path)
        {
            if (state.TryGetValue(entry.Manifest.Id, out var done))
            {
                if (!done)
                {
                    throw new ModuleCatalogException($"Module dependencies form a cycle: {string.Join(" → ", path.Reverse())} → {entry.Manifest.Id}.");
                }

                return;
            }

            state[entry.Manifest.Id] = false;
            path.Push(entry.Manifest.Id);
            foreach (var dependency in entry.Manifest.DependsOn) Visit(byId[dependency], path);
            path.Pop();
            state[entry.Manifest.Id] = true;
            result.Add(entry);
        }

        // Always-on modules first, then by id, so start-up order is stable across machines.
        foreach (var entry in enabled.OrderByDescending(e => e.Manifest.AlwaysEnabled).ThenBy(e => e.Manifest.Id, StringComparer.Ordinal))
        {
            Visit(entry, new Stack<string>());
        }

        return result;
    }
}
