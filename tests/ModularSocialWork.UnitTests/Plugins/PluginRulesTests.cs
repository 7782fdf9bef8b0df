using System.Reflection;
using ModularSocialWork.Host.Composition.Plugins;

namespace ModularSocialWork.UnitTests.Plugins;

/// <summary>The plugin loader's decisions: which assemblies come from the host, and which BuildingBlocks builds fit.</summary>
public sealed class PluginRulesTests
{
    private static readonly Version Host = new(1, 4, 0, 0);

    [Theory]
    [InlineData("1.0.0.0")]
    [InlineData("1.4.0.0")]
    public void A_plugin_built_against_the_same_major_and_an_older_or_equal_minor_fits(string referenced) =>
        Assert.Null(PluginRules.CheckBuildingBlocks(Version.Parse(referenced), Host));

    [Theory]
    [InlineData("2.0.0.0", "different major")]
    [InlineData("0.9.0.0", "different major")]
    [InlineData("1.5.0.0", "newer than this host")]
    public void A_plugin_built_against_another_contract_is_refused_with_the_reason(string referenced, string reason)
    {
        var problem = PluginRules.CheckBuildingBlocks(Version.Parse(referenced), Host);
        Assert.NotNull(problem);
        Assert.Contains(reason, problem);
        Assert.Contains(Version.Parse(referenced).ToString(2), problem);
        Assert.Contains("1.4", problem);
    }

    [Fact]
    public void A_plugin_without_a_buildingblocks_reference_is_not_a_module() =>
        Assert.Contains("not a module", PluginRules.CheckBuildingBlocks(null, Host));

    [Fact]
    public void Assemblies_the_host_has_are_shared_whatever_the_plugin_folder_holds()
    {
        var host = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "ModularSocialWork.BuildingBlocks", "MediatR", "Microsoft.EntityFrameworkCore" };
        Assert.True(PluginRules.IsShared(new AssemblyName("ModularSocialWork.BuildingBlocks, Version=1.0.0.0"), host));
        Assert.True(PluginRules.IsShared(new AssemblyName("mediatr"), host));
        Assert.False(PluginRules.IsShared(new AssemblyName("MiniExcel"), host));
    }

    [Fact]
    public void The_real_host_shares_the_module_contract_and_its_libraries()
    {
        var host = PluginRules.HostAssemblies();
        foreach (var name in new[] { "ModularSocialWork.BuildingBlocks", "MediatR", "FluentValidation", "Autofac", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore.Mvc.Core", "System.Runtime" })
        {
            Assert.True(PluginRules.IsShared(new AssemblyName(name), host), name);
        }

        Assert.False(PluginRules.IsShared(new AssemblyName("ModularSocialWork.Modules.Brands.AntiFraud"), host));
    }

    [Fact]
    public void A_shared_assembly_needed_in_a_newer_version_than_the_host_has_is_refused()
    {
        Assert.Null(PluginRules.CheckShared(new AssemblyName("MediatR, Version=5.1.0.0"), new Version(5, 1, 0, 0)));
        Assert.Null(PluginRules.CheckShared(new AssemblyName("MediatR, Version=5.0.0.0"), new Version(5, 1, 0, 0)));
        Assert.Contains("MediatR 6.0.0.0", PluginRules.CheckShared(new AssemblyName("MediatR, Version=6.0.0.0"), new Version(5, 1, 0, 0)));
    }

    [Fact]
    public void The_host_builds_against_an_explicit_buildingblocks_version()
    {
        var version = typeof(ModularSocialWork.BuildingBlocks.Modules.ModuleBase).Assembly.GetName().Version!;
        Assert.True(version.Major >= 1, $"BuildingBlocks has no explicit version ({version}); plugins are checked against its major");
    }
}
