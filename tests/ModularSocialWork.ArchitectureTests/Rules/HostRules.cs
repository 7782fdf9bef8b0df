using System.Reflection;

namespace ModularSocialWork.ArchitectureTests.Rules;

/// <summary>The Host is composition and web shell only: module code (anything in a <c>.Modules.</c> namespace) lives in modules.</summary>
public static class HostRules
{
    public static IEnumerable<Violation> ModuleCode(Assembly host) =>
        DependencyRules.LoadableTypes(host)
            .Where(t => t.Namespace?.Contains(".Modules.", StringComparison.Ordinal) == true)
            .Select(t => t.Namespace!)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(ns => new Violation(host.GetName().Name!, RuleIds.ModuleCodeInHost, ns, $"declares types in module namespace {ns}", []));
}
