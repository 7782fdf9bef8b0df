using System.Reflection;
using ModularSocialWork.BuildingBlocks.Modules;

namespace ModularSocialWork.ArchitectureTests;

/// <summary>
/// The assemblies under test. Modules are found the way the host finds them, by file name next to the tests, so a new
/// module the host references is covered without touching these tests.
/// </summary>
public static class Assemblies
{
    public const string ModuleFilePattern = "ModularSocialWork.Modules.*.dll";

    /// <summary>Built-in modules (next to the tests) and the brand plugins copied to <c>plugins/&lt;Id&gt;/</c> by the build.</summary>
    public static IReadOnlyList<Assembly> Modules { get; } =
        Directory.EnumerateFiles(AppContext.BaseDirectory, ModuleFilePattern)
            .Order(StringComparer.Ordinal)
            .Select(file => Assembly.Load(AssemblyName.GetAssemblyName(file)))
            .Concat(Plugins)
            .ToList();

    /// <summary>Brand modules built as plugins (the host never references them); loaded from their plugin folder.</summary>
    public static IReadOnlyList<Assembly> Plugins =>
        Directory.Exists(Path.Combine(AppContext.BaseDirectory, "plugins"))
            ? Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "plugins"), ModuleFilePattern, SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(Assembly.LoadFrom)
                .ToList()
            : [];

    /// <summary>Theory data: one row per module, by name, so each module is its own test result.</summary>
    public static TheoryData<string> ModuleNames => [.. Modules.Select(m => m.GetName().Name!)];

    public static Assembly Module(string name) => Modules.Single(m => m.GetName().Name == name);

    public static Assembly BuildingBlocks => typeof(ModuleBase).Assembly;

    public static Assembly Host => Assembly.Load("ModularSocialWork.Host");

    /// <summary>A fixture module from tests/Fixtures, e.g. <c>Fixture("ModuleA")</c> loads ArchFixtures.ModuleA.</summary>
    public static Assembly Fixture(string name) => Assembly.Load("ArchFixtures." + name);
}
