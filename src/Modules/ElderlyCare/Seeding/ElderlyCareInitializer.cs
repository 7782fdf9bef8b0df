using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Features.Policy;

namespace ModularSocialWork.Modules.ElderlyCare.Seeding;

/// <summary>Start-up work of the module: the default policy rows, then (with <c>Demo:Seed=true</c>) the demo elders.</summary>
internal static class ElderlyCareInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ElderlyCareDbContext>();
        using (services.GetRequiredService<PolicyCache>().BeginWrite())
        {
            await PolicySeeder.SeedAsync(db, cancellationToken);
        }

        if (services.GetRequiredService<IConfiguration>().GetValue("Demo:Seed", false))
        {
            await ActivatorUtilities.CreateInstance<ElderlyCareDemoSeeder>(services).SeedAsync(cancellationToken);
        }
    }
}
