using System.Reflection;
using ModularSocialWork.BuildingBlocks.Modules;

namespace ModularSocialWork.Host.Composition.Plugins;

/// <summary>The enabled plugins of this host (their static web assets are served by the pipeline).</summary>
public sealed record PluginSet(IReadOnlyList<LoadedPlugin> Enabled);

/// <summary>A module loaded from <c>&lt;PluginDirectory&gt;/&lt;Id&gt;/</c>.</summary>
public sealed record LoadedPlugin(string Id, Assembly Assembly, string Directory)
{
    public string Source => $"plugin {Directory}";

    /// <summary>The plugin's static web assets (<c>_content/&lt;AssemblyName&gt;/…</c>), when it has any.</summary>
    public string WebRoot => Path.Combine(Directory, "wwwroot");
}

/// <summary>
/// Loads binary plugins at start-up: every sub-folder of <c>Modules:PluginDirectory</c> (default <c>plugins</c>, relative
/// to the content root) holds one module — its assembly (the one its <c>.deps.json</c> names) and its private
/// dependencies. Anything wrong stops start-up with one line naming the plugin and the reason.
/// </summary>
public static class PluginLoader
{
    public const string DirectoryKey = "Modules:PluginDirectory";
    public const string DefaultDirectory = "plugins";

    public static string ResolveDirectory(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[DirectoryKey];
        var directory = string.IsNullOrWhiteSpace(configured) ? DefaultDirectory : configured;
        return Path.GetFullPath(Path.IsPathRooted(directory) ? directory : Path.Combine(contentRoot, directory));
    }

    public static IReadOnlyList<LoadedPlugin> LoadAll(string pluginDirectory, bool required)
    {
        if (!System.IO.Directory.Exists(pluginDirectory))
        {
            if (required) throw new PluginLoadException($"Modules:PluginDirectory '{pluginDirectory}' does not exist.");
            return [];
        }

        var hostAssemblies = PluginRules.HostAssemblies();
        return System.IO.Directory.EnumerateDirectories(pluginDirectory)
            .Order(StringComparer.Ordinal)
            .Select(folder => Load(folder, hostAssemblies))
            .ToList();
    }

    public static LoadedPlugin Load(string folder, IReadOnlySet<string> hostAssemblies)
    {
        var folderName = Path.GetFileName(folder);
        PluginLoadException Error(string reason) => new($"Plugin '{folderName}' ({folder}): {reason}.");
        void Fail(string reason) => throw Error(reason);

        var mainPath = FindMainAssembly(folder) ?? throw Error(
            "no module assembly: the folder needs the plugin's build output (<name>.dll with its <name>.deps.json), " +
            "e.g. from scripts/build-plugin.sh");

        PluginLoadContext context;
        Assembly assembly;
        try
        {
            context = new PluginLoadContext(mainPath, hostAssemblies);
            assembly = context.LoadFromAssemblyPath(mainPath);
        }
        catch (Exception ex) when (ex is InvalidOperationException or BadImageFormatException or FileLoadException or IOException)
        {
            throw Error($"cannot load {Path.GetFileName(mainPath)}: {OneLine(ex.Message)}");
        }

        var references = assembly.GetReferencedAssemblies();
        var hostBuildingBlocks = typeof(ModuleBase).Assembly.GetName().Version!;
        var buildingBlocks = references.FirstOrDefault(r => r.Name == PluginRules.BuildingBlocksName);
        if (PluginRules.CheckBuildingBlocks(buildingBlocks?.Version, hostBuildingBlocks) is { } versionProblem) Fail(versionProblem);

        CheckDependencies(assembly, context, hostAssemblies, Fail, new HashSet<string>(StringComparer.OrdinalIgnoreCase));

        var attribute = ReadAttribute(assembly, Fail) ?? throw Error($"{assembly.GetName().Name} has no [assembly: SocialWorkModule(...)]: no module assembly");
        if (!typeof(ModuleBase).IsAssignableFrom(attribute.ModuleType) || attribute.ModuleType.IsAbstract)
        {
            Fail($"{attribute.ModuleType.FullName} is not a concrete ModuleBase");
        }

        string id;
        try
        {
            id = ((ModuleBase)Activator.CreateInstance(attribute.ModuleType)!).Manifest.Id;
        }
        catch (Exception ex) when (ex is MissingMethodException or TargetInvocationException or MemberAccessException)
        {
            // One line like every other refusal, never a stack trace: no public parameterless constructor, or it threw.
            throw Error($"{attribute.ModuleType.FullName} cannot be created: {(ex.InnerException ?? ex).Message.Split('\n')[0].Trim()}");
        }

        if (!string.Equals(id, folderName, StringComparison.OrdinalIgnoreCase))
        {
            Fail($"the folder holds module '{id}'; a plugin's folder must be named after its module id (plugins/{id}/)");
        }

        return new LoadedPlugin(id, assembly, folder);
    }

    /// <summary>The assembly the folder's .deps.json is for (a build or publish output has exactly one).</summary>
    private static string? FindMainAssembly(string folder)
    {
        foreach (var deps in System.IO.Directory.EnumerateFiles(folder, "*.deps.json").Order(StringComparer.Ordinal))
        {
            var dll = Path.Combine(folder, Path.GetFileName(deps)[..^".deps.json".Length] + ".dll");
            if (File.Exists(dll)) return dll;
        }

        return null;
    }

    /// <summary>Every reference is either the host's (and not newer) or a private file the plugin carries.</summary>
    private static void CheckDependencies(
        Assembly assembly, PluginLoadContext context, IReadOnlySet<string> hostAssemblies, Action<string> fail, HashSet<string> seen)
    {
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            // Shared references are checked every time they are met (a private library may need a newer version of a
            // shared assembly than the plugin itself); only the walk into private assemblies is done once.
            if (PluginRules.IsShared(reference, hostAssemblies))
            {
                if (PluginRules.CheckShared(reference, HostVersion(reference)) is { } problem) fail(problem);
                continue;
            }

            if (!seen.Add(reference.Name ?? "")) continue;

            if (context.ResolvePrivate(reference) is null)
            {
                fail($"missing dependency {reference.Name}.dll ({reference.Version}): it is neither in the plugin folder nor part of the host");
            }

            Assembly dependency;
            try
            {
                dependency = context.LoadFromAssemblyName(reference);
            }
            catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                fail($"cannot load its dependency {reference.Name}: {OneLine(ex.Message)}");
                throw; // unreachable: fail throws
            }

            CheckDependencies(dependency, context, hostAssemblies, fail, seen);
        }
    }

    private static Version? HostVersion(AssemblyName reference)
    {
        try
        {
            return System.Runtime.Loader.AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(reference.Name!)).GetName().Version;
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException)
        {
            return null;
        }
    }

    private static SocialWorkModuleAttribute? ReadAttribute(Assembly assembly, Action<string> fail)
    {
        try
        {
            return assembly.GetCustomAttribute<SocialWorkModuleAttribute>();
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or TypeLoadException)
        {
            fail($"cannot read its module attribute: {OneLine(ex.Message)}");
            return null;
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}

/// <summary>A plugin that cannot be loaded: start-up stops with this one line.</summary>
public sealed class PluginLoadException(string message) : StartupConfigurationException(message);
