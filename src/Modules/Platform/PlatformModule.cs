using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Jobs;
using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Web;
using ModularSocialWork.Modules.Platform;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Features;
using ModularSocialWork.Modules.Platform.Features.Audit;
using ModularSocialWork.Modules.Platform.Features.Auth;
using ModularSocialWork.Modules.Platform.Features.Residents;
using ModularSocialWork.Modules.Platform.Features.Stations;
using ModularSocialWork.Modules.Platform.Identity;
using ModularSocialWork.Modules.Platform.Scoping;
using ModularSocialWork.Modules.Platform.Seeding;

[assembly: SocialWorkModule(typeof(PlatformModule))]

namespace ModularSocialWork.Modules.Platform;

public sealed class PlatformModule : ModuleBase
{
    public override ModuleManifest Manifest { get; } = new()
    {
        Id = "Platform",
        NameZh = "平台",
        NameEn = "Platform",
        Version = new Version(0, 1, 0),
        Schema = PlatformDbContext.Schema,
        AlwaysEnabled = true,
    };

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<PlatformDbContext, PlatformSqliteDbContext, PlatformSqlServerDbContext, PlatformPostgresDbContext>(context);
        services.AddHttpContextAccessor();
        services.AddPlatformIdentity(AccountPolicy.FromConfiguration(context.Configuration));

        // Cookies and bearer tokens are protected with Data Protection keys. Keeping the key ring in the Platform database
        // lets several hosts sharing one SQL Server/PostgreSQL read each other's cookies and tokens, and keeps users
        // signed in across restarts of the embedded default.
        services.AddDataProtection()
            .SetApplicationName("ModularSocialWork")
            .PersistKeysToDbContext<PlatformDbContext>();

        services.AddScoped<IStationDirectory, StationDirectory>();
        services.AddScoped<IStaffDirectory, Features.Staff.StaffDirectory>();
        // Station scoping: every module context's query filter and the write guard ask IStationScope (Scoping/).
        services.AddMemoryCache();
        services.AddSingleton<StationTreeCache>();
        services.AddScoped<IStationScope, StationScope>();
        services.AddScoped<StaffPasswordCheck>();
        services.AddPlatformAudit(context);
        services.AddResidentsLedger(context);

        services.AddScoped<RolePermissionSeeder>();
        services.AddScoped<CountyRootSeeder>();
        services.AddScoped<AdminBootstrapper>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<PlatformInitializer>();
    }

    public override void MapEndpoints(RouteGroupBuilder api) => PlatformEndpoints.Map(api);

    public override void MapRootEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapTokenEndpoint();

    public override IEnumerable<NavigationItem> Navigation =>
    [
        new("居民档案", "Residents", "/Platform/Residents", PlatformPermissions.ResidentsRead, 100),
        new("站点", "Stations", "/Platform/Stations", PlatformPermissions.StationsRead, 900),
        new("人员账号", "Staff accounts", "/Platform/Staff", PlatformPermissions.StaffManage, 910),
        new("审计日志", "Audit log", "/Platform/Audit", PlatformPermissions.AuditRead, 920),
    ];

    public override IEnumerable<RecurringJobDefinition> RecurringJobs =>
    [
        RecurringJobDefinition.For<AuditRetentionJob>(AuditRetentionJob.Id, AuditRetentionJob.Cron),
    ];

    public override IEnumerable<IModuleCommand> Commands => [new AuditVerifyCommand()];

    public override IEnumerable<PermissionDefinition> Permissions => PlatformPermissions.All;

    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<PlatformInitializer>().InitializeAsync(cancellationToken);
}
