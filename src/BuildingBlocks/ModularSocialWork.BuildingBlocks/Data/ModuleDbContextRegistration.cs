using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>Describes one module database so the host can migrate it and report it in <c>/health/ready</c>.</summary>
public sealed record ModuleDatabaseDescriptor(string ModuleId, string Schema, Type ContextType);

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers the module's abstract context, implemented by the subclass for the configured provider (each subclass
    /// carries that provider's migrations).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TSqlServer, TPostgres>(
        this IServiceCollection services, ModuleContext module)
        where TContext : DbContext
        where TSqlite : TContext
        where TSqlServer : TContext
        where TPostgres : TContext
    {
        // Audit stamps and the write half of station scoping, for every module context. Process-wide like the pooled
        // options that carry them; they read the request from the saving context (DbContextLease).
        services.TryAddSingleton<AuditStampInterceptor>();
        services.TryAddSingleton<StationScopeWriteGuard>();

        var settings = module.Database;
        var schema = module.Manifest.Schema;

        void Configure(IServiceProvider root, DbContextOptionsBuilder options)
        {
            ModuleDbContextOptions.Configure(options, settings, schema);
            options.AddInterceptors(
                root.GetRequiredService<AuditStampInterceptor>(),
                root.GetRequiredService<StationScopeWriteGuard>());
        }

        _ = settings.Provider switch
        {
            DatabaseProvider.Sqlite => AddPooled<TContext, TSqlite>(services, Configure),
            DatabaseProvider.SqlServer => AddPooled<TContext, TSqlServer>(services, Configure),
            DatabaseProvider.PostgreSql => AddPooled<TContext, TPostgres>(services, Configure),
            _ => throw new ArgumentOutOfRangeException(nameof(module), settings.Provider, "Unknown database provider."),
        };

        services.AddSingleton(new ModuleDatabaseDescriptor(module.Manifest.Id, schema, typeof(TContext)));
        return services;
    }

    /// <summary>
    /// A pool of <typeparamref name="TImplementation"/> and the module's context type as a scoped service leased from it:
    /// the scope gets a reset context with the scope attached (<see cref="DbContextLease"/>) and gives it back when it ends.
    /// </summary>
    private static IServiceCollection AddPooled<TContext, TImplementation>(IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configure)
        where TContext : DbContext
        where TImplementation : TContext
    {
        services.AddPooledDbContextFactory<TImplementation>(configure);
        services.AddScoped<TContext>(sp => DbContextLease.Attach(sp.GetRequiredService<IDbContextFactory<TImplementation>>().CreateDbContext(), sp));
        return services;
    }
}
