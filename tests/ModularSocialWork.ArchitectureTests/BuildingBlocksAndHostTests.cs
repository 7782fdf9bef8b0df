using ModularSocialWork.ArchitectureTests.Rules;

namespace ModularSocialWork.ArchitectureTests;

public class BuildingBlocksAndHostTests
{
    [Fact]
    public void BuildingBlocks_references_no_module_nor_the_host_nor_hangfire() =>
        ModuleRuleTests.AssertNone(BuildingBlocksRules.ForbiddenReferences(Assemblies.BuildingBlocks, Assemblies.Modules));

    [Fact]
    public void Host_contains_no_module_code() =>
        ModuleRuleTests.AssertNone(HostRules.ModuleCode(Assemblies.Host));
}
