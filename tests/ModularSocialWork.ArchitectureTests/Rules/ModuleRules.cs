using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Modules;

namespace ModularSocialWork.ArchitectureTests.Rules;

/// <summary>The rules every module assembly obeys (DESIGN.md §1–2). Each returns the violations it finds; none means the rule holds.</summary>
public static class ModuleRules
{
    /// <summary>A module references no other module, not the Host and no Hangfire assembly.</summary>
    public static IEnumerable<Violation> ForbiddenReferences(Assembly module, IEnumerable<Assembly> allModules)
    {
        foreach (var other in allModules.Where(m => m != module).DistinctBy(m => m.FullName))
        {
            foreach (var v in DependencyRules.ForbidAssembly(module, other, RuleIds.ModuleReference)) yield return v;
        }
        foreach (var v in DependencyRules.ForbidAssembly(module, Assembly.Load(DependencyRules.HostAssemblyName), RuleIds.HostReference)) yield return v;
        foreach (var v in DependencyRules.ForbidHangfire(module)) yield return v;
    }

    /// <summary>
    /// Public are only the module class, Razor page models (MVC needs them public) and types nested in a page model (a
    /// public bound property forces its input model public). Razor's generated view classes
    /// (AspNetCoreGeneratedDocument.*) are internal, so nothing else needs an exception.
    /// </summary>
    public static IEnumerable<Violation> PublicSurface(Assembly module) =>
        module.GetExportedTypes()
            .Where(t => !IsAllowedPublic(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => new Violation(module.GetName().Name!, RuleIds.PublicType, t.FullName!,
                $"public type {t.FullName} should be internal (only the module class and page models are public)", []));

    private static bool IsAllowedPublic(Type type) =>
        typeof(ModuleBase).IsAssignableFrom(type) && !type.IsNested
        || typeof(PageModel).IsAssignableFrom(type)
        || type.DeclaringType is { } outer && IsInsidePageModel(outer);

    private static bool IsInsidePageModel(Type type) =>
        typeof(PageModel).IsAssignableFrom(type) || type.DeclaringType is { } outer && IsInsidePageModel(outer);

    /// <summary>
    /// The catalog finds a module through exactly one <c>[assembly: SocialWorkModule(typeof(X))]</c>, and X must be the
    /// assembly's one concrete <see cref="ModuleBase"/> subclass.
    /// </summary>
    public static IEnumerable<Violation> Declaration(Assembly module)
    {
        var name = module.GetName().Name!;
        var attributes = module.GetCustomAttributes<SocialWorkModuleAttribute>().ToList();
        var moduleClasses = DependencyRules.LoadableTypes(module)
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ModuleBase).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();

        if (attributes.Count != 1)
        {
            yield return new Violation(name, RuleIds.ModuleDeclaration, "attribute-count",
                $"has {attributes.Count} [assembly: SocialWorkModule(...)] attributes, expected exactly 1", []);
        }
        foreach (var named in attributes.Select(a => a.ModuleType).Where(t => !moduleClasses.Contains(t)))
        {
            yield return new Violation(name, RuleIds.ModuleDeclaration, "attribute-type",
                $"[assembly: SocialWorkModule(typeof({named.FullName}))] must name this assembly's concrete ModuleBase subclass", [named.FullName!]);
        }
        if (moduleClasses.Count != 1)
        {
            yield return new Violation(name, RuleIds.ModuleDeclaration, "module-class-count",
                $"has {moduleClasses.Count} concrete ModuleBase subclasses, expected exactly 1", [.. moduleClasses.Select(t => t.FullName!)]);
        }
    }
}
