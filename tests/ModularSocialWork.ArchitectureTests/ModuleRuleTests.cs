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
