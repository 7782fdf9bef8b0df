using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Modules;

namespace ModularSocialWork.Modules.Platform.Features.Audit;

internal static class AuditServices
{
    /// <summary>The audit log, its verifier and retention; refuses a retention below the legal minimum at start-up.</summary>
    public static IServiceCollection AddPlatformAudit(this IServiceCollection services, ModuleContext context)
    {
        services.AddSingleton(AuditOptions.FromConfiguration(context.Configuration));
        services.AddSingleton<AuditAppendQueue>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<AuditChainVerifier>();
        return services;
    }
}
