using System.Reflection;

namespace ModularSocialWork.Host.Composition;

/// <summary>
/// Finds the module assemblies that ship with the host: every <c>ModularSocialWork.Modules.*.dll</c> next to it. The
/// compiler drops references the host never uses in code, so scanning the folder is what finds them.
/// </summary>
public static class BuiltInModules
{
    public static IEnumerable<(Assembly Assembly, string Source)> Discover()
    {
        var directory = AppContext.BaseDirectory;
        foreach (var file in Directory.EnumerateFiles(directory, "ModularSocialWork.Modules.*.dll").Order(StringComparer.Ordinal))
        {
            var name = AssemblyName.GetAssemblyName(file);
            yield return (Assembly.Load(name), "built-in");
        }
    }
}
