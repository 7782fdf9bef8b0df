using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Modules;

namespace ModularSocialWork.Modules.Platform.Features.Audit;

internal static class AuditServices
{
    /// <summary>The audit log, its verifier and retention; refuses a retention below the legal minimum at start-up.</summary>
    public static IServiceCollection AddPlatformAudit(this IServiceCollection services, ModuleContext context)
    {
        services.AddSingleton(AuditOptions.FromConfiguration(context.Configuration));
        if (context.Database.Provider == DatabaseProvider.Sqlite)
            services.AddSingleton(sp => new SqliteAuditAppender(sp.GetRequiredService<IServiceScopeFactory>(), context.Database.SqliteSynchronous));
        services.AddSingleton(sp => new AuditAppendQueue(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetService<SqliteAuditAppender>()));
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddSingleton<AuditOutboxForwarder>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditOutboxForwarder>());
        services.AddScoped<AuditChainVerifier>();
        return services;
    }
}
