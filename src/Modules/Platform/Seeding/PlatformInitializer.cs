using Microsoft.Extensions.Configuration;

namespace ModularSocialWork.Modules.Platform.Seeding;

/// <summary>
/// Start-up work, after migrations: roles and default permissions, the county root, the first admin, demo data.
/// Every step is idempotent; the host runs this once per start in its own scope.
/// </summary>
internal sealed class PlatformInitializer(
    IConfiguration configuration,
    RolePermissionSeeder rolePermissions,
    CountyRootSeeder countyRoot,
    AdminBootstrapper admin,
    DemoDataSeeder demo)
{
    public const string DefaultCountyName = "本县民政局";

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await rolePermissions.SeedAsync(cancellationToken);

        var demoSeed = configuration.GetValue("Demo:Seed", false);
        var configuredCounty = configuration["Platform:CountyName"];
        var countyName = !string.IsNullOrWhiteSpace(configuredCounty) ? configuredCounty
            : demoSeed ? DemoDataSeeder.CountyName
            : DefaultCountyName;
        var root = await countyRoot.EnsureAsync(countyName, cancellationToken);

        await admin.EnsureAdminAsync(root.Id, configuration["Bootstrap:AdminPassword"]);

        if (demoSeed)
        {
            var password = configuration["Demo:Password"];
            await demo.SeedAsync(
                root,
                string.IsNullOrEmpty(password) ? DemoDataSeeder.DefaultPassword : password,
                // A root made by an earlier start without demo data still has the placeholder name: the demo is 德清县.
                renameRoot: string.IsNullOrWhiteSpace(configuredCounty) && root.Name == DefaultCountyName,
                cancellationToken);
        }
    }
}
