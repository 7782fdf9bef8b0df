using System.Reflection;
using NetArchTest.Rules;

namespace ModularSocialWork.ArchitectureTests.Rules;

/// <summary>
/// "Assembly X must not depend on Y", checked two ways and reported once per Y: the assembly's reference table is exact
/// (the compiler keeps a reference only when code uses it), and NetArchTest names the types that use Y, which is what a
/// developer needs to fix it. Either finding is a violation.
/// </summary>
public static class DependencyRules
{
    public const string HostAssemblyName = "ModularSocialWork.Host";

    public static IEnumerable<Violation> ForbidAssembly(Assembly subject, Assembly forbidden, string rule)
    {
        var name = forbidden.GetName().Name!;
        return Forbid(subject, rule, name, reference => reference.Name == name, IdentifyingNames(forbidden));
    }

    /// <summary>Any Hangfire assembly (Hangfire.Core, Hangfire.AspNetCore, storages): all of them live under the Hangfire namespace.</summary>
    public static IEnumerable<Violation> ForbidHangfire(Assembly subject) =>
        Forbid(subject, RuleIds.HangfireReference, "Hangfire",
            reference => reference.Name is { } n && (n == "Hangfire" || n.StartsWith("Hangfire.", StringComparison.Ordinal)),
            ["Hangfire"]);

    private static IEnumerable<Violation> Forbid(
        Assembly subject, string rule, string target, Func<AssemblyName, bool> isForbidden, IReadOnlyCollection<string> forbiddenNames)
    {
        var references = subject.GetReferencedAssemblies().Where(isForbidden).Select(r => r.Name!).Order().ToList();
        var types = forbiddenNames.Count == 0
            ? []
            : (Types.InAssembly(subject).Should().NotHaveDependencyOnAny([.. forbiddenNames]).GetResult().FailingTypeNames ?? [])
                .Order(StringComparer.Ordinal).ToList();
        if (references.Count == 0 && types.Count == 0) yield break;

        var via = references.Count == 0 ? "" : $" (references {string.Join(", ", references)})";
        yield return new Violation(subject.GetName().Name!, rule, target, $"depends on {target}{via}", types);
    }

    /// <summary>
    /// What NetArchTest should look for to spot a use of <paramref name="assembly"/>: the namespaces under its root
    /// namespace (by convention its assembly name) plus its public types elsewhere. Shared namespaces such as
    /// System.Runtime.CompilerServices (compiler-embedded attributes) or AspNetCoreGeneratedDocument (Razor views) are left
    /// out: every assembly has types there, so they say nothing about who uses whom. NetArchTest 1.3.2 does not match
    /// types in the global namespace (such as the Host's Program); the reference table still catches those.
    /// </summary>
    private static IReadOnlyCollection<string> IdentifyingNames(Assembly assembly)
    {
        var root = assembly.GetName().Name!;
        bool UnderRoot(string? ns) => ns is not null && (ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal));

        var namespaces = LoadableTypes(assembly).Select(t => t.Namespace).Where(UnderRoot).Select(ns => ns!);
        var publicElsewhere = assembly.GetExportedTypes().Where(t => !t.IsNested && !UnderRoot(t.Namespace)).Select(t => t.FullName!);
        return namespaces.Concat(publicElsewhere).ToHashSet(StringComparer.Ordinal);
    }

    internal static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}
