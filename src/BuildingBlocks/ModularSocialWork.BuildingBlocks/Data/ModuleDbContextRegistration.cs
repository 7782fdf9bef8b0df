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
        // The write half of station scoping, for every module context (a host without Platform sees everything).
        services.TryAddScoped(sp => new StationScopeWriteGuard(sp.GetService<IStationScope>() ?? UnrestrictedStationScope.Instance));

        var settings = module.Database;
        var schema = module.Manifest.Schema;

        void Configure(IServiceProvider sp, DbContextOptionsBuilder options)
        {
            ModuleDbContextOptions.Configure(options, settings, schema);
            options.AddInterceptors(
                sp.GetRequiredService<AuditStampInterceptor>(),
                sp.GetRequiredService<StationScopeWriteGuard>());
        }

        _ = settings.Provider switch
        {
            DatabaseProvider.Sqlite => services.AddDbContext<TContext, TSqlite>(Configure),
            DatabaseProvider.SqlServer => services.AddDbContext<TContext, TSqlServer>(Configure),
            DatabaseProvider.PostgreSql => services.AddDbContext<TContext, TPostgres>(Configure),
            _ => throw new ArgumentOutOfRangeException(nameof(module), settings.Provider, "Unknown database provider."),
        };

        services.AddSingleton(new ModuleDatabaseDescriptor(module.Manifest.Id, schema, typeof(TContext)));
        return services;
    }
}
