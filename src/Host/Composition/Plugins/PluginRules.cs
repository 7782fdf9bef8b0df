using System.Reflection;

namespace ModularSocialWork.Host.Composition.Plugins;

/// <summary>
/// The decisions of the plugin loader, kept pure so they are unit-tested: which assemblies a plugin shares with the host
/// and whether what it was built against fits this host.
/// </summary>
public static class PluginRules
{
    public const string BuildingBlocksName = "ModularSocialWork.BuildingBlocks";

    /// <summary>
    /// An assembly is shared when the host has it (its trusted platform assemblies: the framework and everything in the
    /// host's .deps.json — BuildingBlocks, MediatR, EF Core, ASP.NET Core, Autofac, FluentValidation…). Shared assemblies
    /// always come from the host, so types like <c>ModuleBase</c> or <c>IMediator</c> are the same types on both sides;
    /// a copy in the plugin folder is ignored.
    /// </summary>
    public static bool IsShared(AssemblyName name, IReadOnlySet<string> hostAssemblies) =>
        name.Name is not null && hostAssemblies.Contains(name.Name);

    /// <summary>
    /// Null when a plugin built against <paramref name="referenced"/> of BuildingBlocks runs on a host with
    /// <paramref name="host"/>; otherwise the reason. The major version is the contract: it must be equal, and the plugin
    /// may not need a newer minor than the host has (it could call members the host lacks).
    /// </summary>
    public static string? CheckBuildingBlocks(Version? referenced, Version host)
    {
        if (referenced is null) return "it does not reference ModularSocialWork.BuildingBlocks, so it is not a module";
        if (referenced.Major != host.Major)
        {
            return $"it was built against ModularSocialWork.BuildingBlocks {referenced.ToString(2)}, this host has {host.ToString(2)} " +
                   "(a different major version is an incompatible module contract); rebuild it against this host's BuildingBlocks";
        }

        if (referenced > host)
        {
            return $"it was built against ModularSocialWork.BuildingBlocks {referenced.ToString(2)}, newer than this host's {host.ToString(2)}; " +
                   "upgrade the host or rebuild the plugin against this host's BuildingBlocks";
        }

        return null;
    }

    /// <summary>A shared assembly the plugin needs in a newer version than the host has: the reason, else null.</summary>
    public static string? CheckShared(AssemblyName referenced, Version? host)
    {
        if (referenced.Version is null || host is null || referenced.Version <= host) return null;
        return $"it needs {referenced.Name} {referenced.Version}, but the host has {host}; shared assemblies come from the host";
    }

    /// <summary>The simple names of the host's trusted platform assemblies.</summary>
    public static IReadOnlySet<string> HostAssemblies()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tpa = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        foreach (var path in tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            names.Add(Path.GetFileNameWithoutExtension(path));
        }

        return names;
    }
}
