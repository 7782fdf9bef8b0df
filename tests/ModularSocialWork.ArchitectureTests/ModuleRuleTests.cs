using ModularSocialWork.ArchitectureTests.Rules;

namespace ModularSocialWork.ArchitectureTests;

/// <summary>The real modules obey every module rule. RuleFixtureTests shows each rule fails on a module that breaks it.</summary>
public class ModuleRuleTests
{
    [Fact]
    public void Module_assemblies_are_discovered()
    {
        // Guards the scan itself: if it found nothing, every theory below would have nothing to check.
        Assert.Contains("ModularSocialWork.Modules.Platform", Assemblies.Modules.Select(m => m.GetName().Name));
    }

    [Fact]
    public void The_sample_brand_plugin_is_checked_too_and_the_host_does_not_reference_it()
    {
        // The brand is built as a plugin: it reaches the tests through plugins/AntiFraudBrand/, not as a reference.
        Assert.Contains("ModularSocialWork.Modules.Brands.AntiFraud", Assemblies.Plugins.Select(m => m.GetName().Name));
        Assert.DoesNotContain(Assemblies.Host.GetReferencedAssemblies(), r => r.Name!.StartsWith("ModularSocialWork.Modules.Brands.", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "ModularSocialWork.Modules.Brands.AntiFraud.dll")));
    }

    [Theory]
    [MemberData(nameof(Assemblies.ModuleNames), MemberType = typeof(Assemblies))]
    public void Module_references_no_other_module_nor_the_host_nor_hangfire(string module) =>
        AssertNone(ModuleRules.ForbiddenReferences(Assemblies.Module(module), Assemblies.Modules));

    [Theory]
    [MemberData(nameof(Assemblies.ModuleNames), MemberType = typeof(Assemblies))]
    public void Module_exposes_only_its_module_class_and_page_models(string module) =>
        AssertNone(ModuleRules.PublicSurface(Assemblies.Module(module)));

    [Theory]
    [MemberData(nameof(Assemblies.ModuleNames), MemberType = typeof(Assemblies))]
    public void Module_declares_its_module_class_with_one_assembly_attribute(string module) =>
        AssertNone(ModuleRules.Declaration(Assemblies.Module(module)));

    internal static void AssertNone(IEnumerable<Violation> violations)
    {
        var found = violations.ToList();
        Assert.True(found.Count == 0, "Architecture rule broken:" + string.Concat(found.Select(v => Environment.NewLine + "  " + v)));
    }
}
