using System.Reflection;
using ModularSocialWork.ArchitectureTests.Rules;

namespace ModularSocialWork.ArchitectureTests;

/// <summary>
/// Each rule run against the fixture modules in tests/Fixtures: the well-formed ModuleA passes everything, and each bad
/// fixture yields exactly the one violation it was built to cause — so a rule that silently stopped working fails here.
/// </summary>
public class RuleFixtureTests
{
    private static readonly Assembly ModuleA = Assemblies.Fixture("ModuleA");

    // The fixtures are judged among the real modules plus ModuleA, as if they had been added to the solution.
    private static IEnumerable<Assembly> AllModules => [.. Assemblies.Modules, ModuleA];

    private static IEnumerable<Violation> AllModuleRules(Assembly module) =>
        [.. ModuleRules.ForbiddenReferences(module, AllModules), .. ModuleRules.PublicSurface(module), .. ModuleRules.Declaration(module)];

    [Fact]
    public void Well_formed_module_with_razor_pages_passes_every_rule()
    {
        ModuleRuleTests.AssertNone(AllModuleRules(ModuleA));
        // The pass above means something only if the fixture really has what the rule lets through.
        Assert.Contains(ModuleA.GetExportedTypes(), t => t.FullName == "ArchFixtures.ModuleA.Areas.ModuleA.Pages.IndexModel+InputModel");
        Assert.Contains(ModuleA.GetTypes(), t => t.Namespace == "AspNetCoreGeneratedDocument");
    }

    [Fact]
    public void Module_using_another_module_is_reported()
    {
        var v = Assert.Single(AllModuleRules(Assemblies.Fixture("BadModuleReferencesModuleA")));
        AssertViolation(v, RuleIds.ModuleReference, "ArchFixtures.ModuleA", "ArchFixtures.BadModuleReferencesModuleA.BadModuleReferencesModuleAModule");
    }

    [Fact]
    public void Module_using_the_host_is_reported()
    {
        var v = Assert.Single(AllModuleRules(Assemblies.Fixture("BadModuleReferencesHost")));
        AssertViolation(v, RuleIds.HostReference, "ModularSocialWork.Host", "ArchFixtures.BadModuleReferencesHost.BadModuleReferencesHostModule");
    }

    [Fact]
    public void Module_using_hangfire_is_reported()
    {
        var v = Assert.Single(AllModuleRules(Assemblies.Fixture("BadModuleReferencesHangfire")));
        AssertViolation(v, RuleIds.HangfireReference, "Hangfire", "ArchFixtures.BadModuleReferencesHangfire.ReminderSchedule");
        Assert.Contains("Hangfire.Core", v.Message);
    }

    [Fact]
    public void Extra_public_type_in_a_module_is_reported()
    {
        var v = Assert.Single(AllModuleRules(Assemblies.Fixture("BadModuleWithPublicType")));
        AssertViolation(v, RuleIds.PublicType, "ArchFixtures.BadModuleWithPublicType.VisitRecord", null);
    }

    [Fact]
    public void Module_without_the_assembly_attribute_is_reported()
    {
        var v = Assert.Single(AllModuleRules(Assemblies.Fixture("BadModuleWithoutAttribute")));
        AssertViolation(v, RuleIds.ModuleDeclaration, "attribute-count", null);
    }

    [Fact]
    public void Assembly_attribute_naming_another_type_is_reported()
    {
        var v = Assert.Single(AllModuleRules(Assemblies.Fixture("BadModuleAttributeNamesOtherType")));
        AssertViolation(v, RuleIds.ModuleDeclaration, "attribute-type", "ArchFixtures.BadModuleAttributeNamesOtherType.ModuleOptions");
    }

    // BuildingBlocks has no bad twin to compile, so its checker is run on fixtures that break the same constraints.
    [Fact]
    public void BuildingBlocks_rule_reports_module_host_and_hangfire_references()
    {
        AssertViolation(Assert.Single(BuildingBlocksRules.ForbiddenReferences(Assemblies.Fixture("BadModuleReferencesModuleA"), AllModules)),
            RuleIds.ModuleReference, "ArchFixtures.ModuleA", "ArchFixtures.BadModuleReferencesModuleA.BadModuleReferencesModuleAModule");
        AssertViolation(Assert.Single(BuildingBlocksRules.ForbiddenReferences(Assemblies.Fixture("BadModuleReferencesHost"), AllModules)),
            RuleIds.HostReference, "ModularSocialWork.Host", "ArchFixtures.BadModuleReferencesHost.BadModuleReferencesHostModule");
        AssertViolation(Assert.Single(BuildingBlocksRules.ForbiddenReferences(Assemblies.Fixture("BadModuleReferencesHangfire"), AllModules)),
            RuleIds.HangfireReference, "Hangfire", "ArchFixtures.BadModuleReferencesHangfire.ReminderSchedule");
    }

    [Fact]
    public void Host_rule_reports_types_in_a_module_namespace()
    {
        var platform = Assemblies.Module("ModularSocialWork.Modules.Platform");
        Assert.Contains(HostRules.ModuleCode(platform), v => v.Target == "ModularSocialWork.Modules.Platform");
    }

    private static void AssertViolation(Violation v, string rule, string target, string? offendingType)
    {
        Assert.Equal(rule, v.Rule);
        Assert.Equal(target, v.Target);
        // For dependency rules this shows NetArchTest found the using type, not only the reference table.
        if (offendingType is not null) Assert.Contains(offendingType, v.Types);
    }
}
