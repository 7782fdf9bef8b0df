using System.Reflection;

namespace ModularSocialWork.ArchitectureTests.Rules;

/// <summary>BuildingBlocks is the contract modules build on: it must not know any module, the Host or Hangfire.</summary>
public static class BuildingBlocksRules
{
    public static IEnumerable<Violation> ForbiddenReferences(Assembly buildingBlocks, IEnumerable<Assembly> modules)
    {
        foreach (var module in modules.DistinctBy(m => m.FullName))
        {
            foreach (var v in DependencyRules.ForbidAssembly(buildingBlocks, module, RuleIds.ModuleReference)) yield return v;
        }
        foreach (var v in DependencyRules.ForbidAssembly(buildingBlocks, Assembly.Load(DependencyRules.HostAssemblyName), RuleIds.HostReference)) yield return v;
        foreach (var v in DependencyRules.ForbidHangfire(buildingBlocks)) yield return v;
    }
}
