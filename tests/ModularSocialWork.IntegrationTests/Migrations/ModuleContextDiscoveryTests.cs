using ModularSocialWork.BuildingBlocks.Data;
using Xunit;

namespace ModularSocialWork.IntegrationTests.Migrations;

/// <summary>Guards the discovery the other migration tests rely on, so a broken scan cannot make them pass vacuously.</summary>
public sealed class ModuleContextDiscoveryTests
{
    [Fact]
    public void Finds_the_module_assemblies_and_their_contexts()
    {
        Assert.NotEmpty(ModuleContextCatalog.ModuleAssemblies);
        var modules = ModuleContextCatalog.Cases.Select(c => c.ModuleId).ToHashSet();
        // Not the coverage list (discovery is): a sanity check that the scan sees modules known to have a database.
        Assert.Contains("ElderlyCare", modules);
        Assert.Contains("ChildProtection", modules);
        Assert.Contains("AntiFraudBrand", modules); // the sample brand, from its plugin folder
    }

    [Fact]
    public void Every_module_context_has_all_three_providers_and_a_design_time_factory()
    {
        // Provider subclasses are grouped by the abstract context they implement (a module may own several).
        foreach (var group in ModuleContextCatalog.Cases.GroupBy(c => c.ContextType.BaseType))
        {
            var providers = group.Select(c => c.Provider).Order().ToList();
            Assert.True(providers.SequenceEqual(Enum.GetValues<DatabaseProvider>()),
                $"{group.Key?.FullName} has provider contexts [{string.Join(", ", providers)}]; every module database needs exactly one per provider.");
        }

        var withoutFactory = ModuleContextCatalog.Cases.Where(c => c.FactoryType is null).Select(c => c.Name).ToList();
        Assert.True(withoutFactory.Count == 0, "No IDesignTimeDbContextFactory for: " + string.Join(", ", withoutFactory));
    }
}
