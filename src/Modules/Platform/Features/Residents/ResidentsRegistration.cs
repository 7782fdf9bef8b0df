using ModularSocialWork.BuildingBlocks.Time;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.Modules.Platform.PersonalData;

namespace ModularSocialWork.Modules.Platform.Features.Residents;

internal static class ResidentsRegistration
{
    /// <summary>The residents ledger's services. The personal-data key is loaded now, so a missing key stops start-up.</summary>
    public static IServiceCollection AddResidentsLedger(this IServiceCollection services, ModuleContext context)
    {
        var key = PersonalDataKeySource.Load(context.Configuration, context.Database);
        services.AddSingleton<IPersonalDataProtector>(new PersonalDataProtector(key));
        services.AddSingleton<ImportProgressRegistry>();
        services.AddScoped<IResidentDirectory, ResidentDirectory>();
        return services;
    }
}
