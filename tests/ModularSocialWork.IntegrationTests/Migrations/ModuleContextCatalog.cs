using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Modules;
using Xunit;

namespace ModularSocialWork.IntegrationTests.Migrations;

/// <summary>
/// Every provider context of every module assembly next to the tests, found by reflection so a new module (or Platform's
/// contexts) is covered without touching these tests. Provider comes from the naming convention of STACK.md:
/// <c>XSqliteDbContext</c>, <c>XSqlServerDbContext</c>, <c>XPostgresDbContext</c>.
/// </summary>
internal static class ModuleContextCatalog
{
    private static readonly (string Suffix, DatabaseProvider Provider)[] Suffixes =
    [
        ("SqliteDbContext", DatabaseProvider.Sqlite),
        ("SqlServerDbContext", DatabaseProvider.SqlServer),
        ("PostgresDbContext", DatabaseProvider.PostgreSql),
    ];

    private static readonly Lazy<IReadOnlyList<Assembly>> LazyAssemblies = new(LoadModuleAssemblies);
    private static readonly Lazy<IReadOnlyList<ModuleContextCase>> LazyCases = new(Discover);

    public static IReadOnlyList<Assembly> ModuleAssemblies => LazyAssemblies.Value;

    public static IReadOnlyList<ModuleContextCase> Cases => LazyCases.Value;

    public static ModuleContextCase Get(string name) => Cases.Single(c => c.Name == name);

    public static TheoryData<string> AllContexts => Names(_ => true);
    public static TheoryData<string> SqliteContexts => Names(c => c.Provider == DatabaseProvider.Sqlite);
    public static TheoryData<string> SqlServerContexts => Names(c => c.Provider == DatabaseProvider.SqlServer);
    public static TheoryData<string> PostgresContexts => Names(c => c.Provider == DatabaseProvider.PostgreSql);

    private static TheoryData<string> Names(Func<ModuleContextCase, bool> filter)
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.Where(filter)) data.Add(c.Name);
        return data;
    }

    /// <summary>
    /// Same rule as the host's BuiltInModules: the compiler drops unused references, so scan the folder; plus the brand
    /// plugins the build copies to <c>plugins/&lt;Id&gt;/</c> (their migrations are tested like everyone's).
    /// </summary>
    private static IReadOnlyList<Assembly> LoadModuleAssemblies() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "ModularSocialWork.Modules.*.dll")
            .Order(StringComparer.Ordinal)
            .Select(file => Assembly.Load(AssemblyName.GetAssemblyName(file)))
            .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "plugins"), "ModularSocialWork.Modules.*.dll", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(Assembly.LoadFrom))
            .ToList();

    private static IReadOnlyList<ModuleContextCase> Discover()
    {
        var cases = new List<ModuleContextCase>();
        foreach (var assembly in ModuleAssemblies)
        {
            var types = assembly.GetTypes();
            var contexts = types
                .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(DbContext).IsAssignableFrom(t))
                .Select(t => (Type: t, Suffix: Suffixes.FirstOrDefault(s => t.Name.EndsWith(s.Suffix, StringComparison.Ordinal))))
                .Where(x => x.Suffix.Suffix is not null)
                .ToList();
            if (contexts.Count == 0) continue;

            var manifest = ModuleOf(assembly).Manifest;
            foreach (var (type, suffix) in contexts)
            {
                var factoryInterface = typeof(IDesignTimeDbContextFactory<>).MakeGenericType(type);
                var factory = types.FirstOrDefault(t => t is { IsClass: true, IsAbstract: false } && factoryInterface.IsAssignableFrom(t));
                cases.Add(new ModuleContextCase(manifest.Id, manifest.Schema, suffix.Provider, type, factory));
            }
        }

        return cases.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    public static ModuleBase ModuleOf(Assembly assembly)
    {
        var attribute = assembly.GetCustomAttribute<SocialWorkModuleAttribute>()
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has DbContexts but no [assembly: SocialWorkModule(...)].");
        return (ModuleBase)Activator.CreateInstance(attribute.ModuleType)!;
    }
}
