using System.Reflection;
using Microsoft.Extensions.Configuration;
using ModularSocialWork.Host.Composition;

namespace ModularSocialWork.IntegrationTests.Hosting;

/// <summary>The catalog's rules on the real built-in modules, without starting a host.</summary>
public sealed class ModuleCatalogTests
{
    private static ModuleCatalog Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return ModuleCatalog.Build(configuration, BuiltInModules.Discover());
    }

    [Fact]
    public void Platform_comes_first_and_every_built_in_module_is_enabled_by_default()
    {
        var catalog = Build();

        Assert.Equal("Platform", catalog.Enabled[0].Manifest.Id);
        Assert.Contains(catalog.Enabled, e => e.Manifest.Id == "ElderlyCare");
        Assert.Contains(catalog.Enabled, e => e.Manifest.Id == "ChildProtection");
    }

    [Fact]
    public void A_duplicate_module_id_is_refused_naming_both_assemblies()
    {
        var configuration = new ConfigurationBuilder().Build();
        var builtIn = BuiltInModules.Discover().ToList();
        var elderly = builtIn.Single(b => b.Assembly.GetName().Name!.EndsWith("ElderlyCare", StringComparison.Ordinal));

        var error = Assert.Throws<ModuleCatalogException>(() =>
            ModuleCatalog.Build(configuration, builtIn.Append((elderly.Assembly, "plugins/ElderlyCare"))));

        Assert.Contains("'ElderlyCare'", error.Message);
        Assert.Contains("plugins/ElderlyCare", error.Message);
    }

    [Fact]
    public void A_non_boolean_switch_is_refused()
    {
        var error = Assert.Throws<ModuleCatalogException>(() => Build(("Modules:ElderlyCare:Enabled", "yes please")));
        Assert.Contains("Modules:ElderlyCare:Enabled", error.Message);
    }

    [Fact]
    public void Reserved_settings_under_Modules_are_not_mistaken_for_module_ids()
    {
        var catalog = Build(("Modules:PluginDirectory", "plugins"));
        Assert.NotEmpty(catalog.Enabled);
    }

    [Fact]
    public void Disabled_modules_are_listed_but_not_enabled()
    {
        var catalog = Build(("Modules:ElderlyCare:Enabled", "false"));

        Assert.DoesNotContain(catalog.Enabled, e => e.Manifest.Id == "ElderlyCare");
        Assert.Contains(catalog.Disabled, e => e.Manifest.Id == "ElderlyCare");
        Assert.False(catalog.IsEnabled("ElderlyCare"));
    }

    [Fact]
    public void Built_in_modules_are_found_from_the_folder_not_a_list()
    {
        var names = BuiltInModules.Discover().Select(d => d.Assembly.GetName().Name).ToList();
        Assert.Contains("ModularSocialWork.Modules.Platform", names);
        Assert.All(names, n => Assert.StartsWith("ModularSocialWork.Modules.", n));
        Assert.All(BuiltInModules.Discover(), d => Assert.NotNull(d.Assembly.GetCustomAttribute<ModularSocialWork.BuildingBlocks.Modules.SocialWorkModuleAttribute>()));
    }
}

/// <summary>Rules that need a dependency between optional modules, shown with stand-in modules.</summary>
public sealed class ModuleDependencyTests
{
    private sealed class StandIn(string id, params string[] dependsOn) : ModularSocialWork.BuildingBlocks.Modules.ModuleBase
    {
        public override ModularSocialWork.BuildingBlocks.Modules.ModuleManifest Manifest { get; } = new()
        {
            Id = id, NameZh = id, NameEn = id, Version = new Version(1, 0), Schema = id.ToLowerInvariant(), DependsOn = dependsOn,
        };
    }

    private static ModuleCatalog Build(IEnumerable<ModularSocialWork.BuildingBlocks.Modules.ModuleBase> modules, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return ModuleCatalog.Build(configuration, modules.Select(m => (m, typeof(StandIn).Assembly, "test")).ToList());
    }

    [Fact]
    public void An_enabled_module_whose_dependency_is_disabled_stops_start_up()
    {
        var error = Assert.Throws<ModuleCatalogException>(() =>
            Build([new StandIn("Volunteers"), new StandIn("AntiFraud", "Volunteers")], ("Modules:Volunteers:Enabled", "false")));

        Assert.Contains("'AntiFraud'", error.Message);
        Assert.Contains("'Volunteers'", error.Message);
        Assert.Contains("disabled", error.Message);
    }

    [Fact]
    public void A_dependency_that_is_not_installed_stops_start_up()
    {
        var error = Assert.Throws<ModuleCatalogException>(() => Build([new StandIn("AntiFraud", "Volunteers")]));
        Assert.Contains("'Volunteers', which is not installed", error.Message);
    }

    [Fact]
    public void Dependencies_start_before_their_dependents()
    {
        var catalog = Build([new StandIn("Zeta", "Alpha"), new StandIn("Alpha", "Beta"), new StandIn("Beta")]);
        Assert.Equal(["Beta", "Alpha", "Zeta"], catalog.Enabled.Select(e => e.Manifest.Id));
    }

    [Fact]
    public void A_dependency_cycle_is_refused()
    {
        var error = Assert.Throws<ModuleCatalogException>(() => Build([new StandIn("A", "B"), new StandIn("B", "A")]));
        Assert.Contains("cycle", error.Message);
    }
}
