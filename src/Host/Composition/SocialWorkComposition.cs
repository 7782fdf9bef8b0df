using System.Reflection;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Host.Composition.Plugins;
using ModularSocialWork.Host.Infrastructure;

namespace ModularSocialWork.Host.Composition;

/// <summary>
/// Wires the enabled modules into one host: their services, one Autofac container with MediatR, pages (only theirs),
/// API routes, permissions and jobs. A disabled module contributes nothing.
/// </summary>
public static class SocialWorkComposition
{
    public static ModuleCatalog AddSocialWork(this WebApplicationBuilder builder, bool migrateOnly)
    {
        var configuration = builder.Configuration;
        // Binary plugins (plugins/<Id>/) join the built-in modules; the same catalog rules and Enabled switch apply.
        var plugins = PluginLoader.LoadAll(
            PluginLoader.ResolveDirectory(configuration, builder.Environment.ContentRootPath),
            required: !string.IsNullOrWhiteSpace(configuration[PluginLoader.DirectoryKey]));
        var catalog = ModuleCatalog.Build(
            configuration, BuiltInModules.Discover().Concat(plugins.Select(p => (p.Assembly, p.Source))));
        var database = DatabaseSettings.FromConfiguration(configuration, builder.Environment.ContentRootPath);
        // Before anything opens a SQLite connection (SQLite takes process settings only before its first one).
        if (database.Provider == DatabaseProvider.Sqlite) SqliteLibrary.ConfigureOnce();
        var timeZone = PlatformTimeZone.From(configuration); // fail at start-up, not at the first job run

        var services = builder.Services;
        services.AddSingleton(catalog);
        services.AddSingleton(new PluginSet(plugins.Where(p => catalog.IsEnabled(p.Id)).ToList()));
        services.AddSingleton<IEnabledModules>(new EnabledModules(catalog.Enabled.Select(e => e.Manifest).ToList()));
        services.AddSingleton(database);
        services.AddSingleton<IPermissionCatalog, PermissionCatalog>();
        services.AddSingleton<NavigationMenu>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new BuildingBlocks.Time.CountyCalendar(sp.GetRequiredService<TimeProvider>(), timeZone));
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentStaff, ClaimsCurrentStaff>();

        foreach (var entry in catalog.Enabled)
        {
            entry.Module.ConfigureServices(services, new ModuleContext(entry.Manifest, configuration, database));
        }

        services.AddSocialWorkHangfire(database, runServer: !migrateOnly);
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        // Secure by default: any endpoint or page without its own rule needs a signed-in user (sign-in, health, error
        // pages and the language switch opt out explicitly), so a new module route cannot slip through anonymous.
        services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddLocalization();
        // Razor encodes every non-ASCII character by default (登录 → &#x767B;&#x5F55;): allow all Unicode text as-is.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "msw.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
        });
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "ModularSocialWork API";
            document.Info.Description = "社工站综合服务平台 API. Get a token from POST /api/auth/token and send it as 'Authorization: Bearer <token>'.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<ModuleDatabasesHealthCheck>("module-databases", tags: ["ready"]);

        services.AddRazorPages()
            .ConfigureApplicationPartManager(parts => KeepOnlyEnabledModuleParts(parts, catalog));

        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        builder.Host.ConfigureContainer<ContainerBuilder>(container =>
        {
            container.RegisterModule(new MediatorAutofacModule(catalog.Enabled.Select(e => e.Assembly).ToList()));
            foreach (var entry in catalog.Enabled)
            {
                entry.Module.ConfigureContainer(container, new ModuleContext(entry.Manifest, configuration, database));
                foreach (var job in entry.Module.RecurringJobs)
                {
                    container.RegisterType(job.JobType).AsSelf().InstancePerLifetimeScope();
                }
            }
        });

        return catalog;
    }

    /// <summary>
    /// Module assemblies referenced by the host become application parts automatically; remove every module part and
    /// add back the enabled ones (all their parts, or compiled Razor pages 404), so a disabled module serves no page.
    /// </summary>
    private static void KeepOnlyEnabledModuleParts(ApplicationPartManager parts, ModuleCatalog catalog)
    {
        var moduleAssemblyNames = catalog.All.Select(e => e.Assembly.GetName().Name).ToHashSet(StringComparer.Ordinal);
        foreach (var part in parts.ApplicationParts.ToList())
        {
            if (moduleAssemblyNames.Contains(part.Name)) parts.ApplicationParts.Remove(part);
        }

        foreach (var entry in catalog.Enabled)
        {
            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(entry.Assembly).GetApplicationParts(entry.Assembly))
            {
                parts.ApplicationParts.Add(part);
            }
        }
    }

    /// <summary>Runs enabled modules' migrations (in dependency order) and then their one-off start-up work.</summary>
    public static async Task MigrateModulesAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ModularSocialWork.Migrations");
        await ModuleMigrator.MigrateAsync(app.Services, logger, cancellationToken);
    }

    public static async Task InitializeModulesAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        foreach (var entry in catalog.Enabled)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await entry.Module.InitializeAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    public static IEnumerable<Assembly> EnabledAssemblies(this ModuleCatalog catalog) => catalog.Enabled.Select(e => e.Assembly);
}

/// <summary>The enabled modules' manifests, for modules (BuildingBlocks <see cref="IEnabledModules"/>).</summary>
public sealed record EnabledModules(IReadOnlyList<ModuleManifest> Manifests) : IEnabledModules;
