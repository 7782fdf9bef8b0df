using System.Reflection;
using System.Runtime.Loader;

namespace ModularSocialWork.Host.Composition.Plugins;

/// <summary>
/// One plugin's load context: shared assemblies (<see cref="PluginRules.IsShared"/>) resolve from the host's default
/// context; the plugin's private dependencies resolve from its folder through its .deps.json.
/// </summary>
public sealed class PluginLoadContext(string mainAssemblyPath, IReadOnlySet<string> hostAssemblies)
    : AssemblyLoadContext(Path.GetFileNameWithoutExtension(mainAssemblyPath), isCollectible: false)
{
    private readonly AssemblyDependencyResolver resolver = new(mainAssemblyPath);

    /// <summary>The path of a private dependency in the plugin folder, or null.</summary>
    public string? ResolvePrivate(AssemblyName name) => resolver.ResolveAssemblyToPath(name) is { } path && File.Exists(path) ? path : null;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (PluginRules.IsShared(assemblyName, hostAssemblies)) return null; // default context: the host's copy
        return ResolvePrivate(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
