using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Jobs;
using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Tasks;
using ModularSocialWork.BuildingBlocks.Web;
using ModularSocialWork.Modules.ChildProtection;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Features;
using ModularSocialWork.Modules.ChildProtection.Features.Figures;
using ModularSocialWork.Modules.ChildProtection.Features.Summary;
using ModularSocialWork.Modules.ChildProtection.Features.Visits;
using ModularSocialWork.Modules.ChildProtection.Seeding;

[assembly: SocialWorkModule(typeof(ChildProtectionModule))]

namespace ModularSocialWork.Modules.ChildProtection;

public sealed class ChildProtectionModule : ModuleBase
{
    /// <summary>Shared with <see cref="ChildProtectionDbContext"/>, whose design-time factory has no manifest at hand.</summary>
    internal const string SchemaName = "child_protection";

    public override ModuleManifest Manifest { get; } = new()
    {
        Id = "ChildProtection",
        NameZh = "儿童关爱保护",
        NameEn = "Child protection",
        Version = new Version(0, 2, 0),
        Schema = SchemaName,
        DependsOn = ["Platform"],
    };

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<ChildProtectionDbContext, ChildProtectionSqliteDbContext, ChildProtectionSqlServerDbContext, ChildProtectionPostgresDbContext>(context);
        services.AddScoped<ChildTaskQueries>();
        services.AddScoped<ChildReadAudit>();
        services.AddScoped<ITaskSource, ChildProtectionTaskSource>();
        services.AddScoped<ChildFiguresCalculator>();
        services.AddScoped<IDashboardFigureSource, ChildProtectionFigureSource>();
        services.AddScoped<IServedCountSource, ChildProtectionServedCounts>();
    }

    public override void MapEndpoints(RouteGroupBuilder api)
    {
        api.MapGet("/summary", ([FromServices] IMediator mediator, CancellationToken cancellationToken) =>
                mediator.Send(new GetChildProtectionSummary(), cancellationToken))
            .RequireAuthorization(PermissionClaim.Policy(ChildProtectionPermissions.CasesRead))
            .WithName("ChildProtection.GetSummary")
            .WithTags("ChildProtection");
        api.MapChildProtectionEndpoints();
    }

    public override IEnumerable<NavigationItem> Navigation =>
    [
        new("儿童关爱保护", "Child protection", "/ChildProtection", ChildProtectionPermissions.CasesRead, Order: 300),
        new("儿童数据", "Child protection figures", "/ChildProtection/Dashboard", ChildProtectionPermissions.CasesRead, Order: 310),
        new("儿童转介", "Child referrals", "/ChildProtection/Referrals", ChildProtectionPermissions.CasesRead, Order: 320),
    ];

    public override IEnumerable<PermissionDefinition> Permissions =>
    [
        // Volunteer coordinators and viewers may read children (they arrange and oversee visits) but never their health
        // or disability fields: those need Health.Read, checked field by field on the server.
        new(ChildProtectionPermissions.CasesRead, "查看儿童档案和个案", "View children and their cases", StaffRoles.All.ToArray()),
        new(ChildProtectionPermissions.CasesWrite, "编辑儿童档案和个案", "Edit children and their cases",
            StaffRoles.CountyAdmin, StaffRoles.StationManager, StaffRoles.SocialWorker),
        new(ChildProtectionPermissions.CasesApprove, "审批儿童个案（评估、计划、结案）", "Approve child cases (assessment, plan, closure)",
            StaffRoles.CountyAdmin, StaffRoles.StationManager),
        new(ChildProtectionPermissions.HealthRead, "查看儿童健康和残疾情况", "View children's health and disability",
            StaffRoles.CountyAdmin, StaffRoles.StationManager, StaffRoles.SocialWorker),
        new(ChildProtectionPermissions.ReportsExport, "导出儿童关爱数据", "Export child-protection data",
            StaffRoles.CountyAdmin, StaffRoles.StationManager),
        new(ChildProtectionPermissions.PolicyManage, "管理儿童探访周期", "Manage the child visit cadence", StaffRoles.CountyAdmin),
        new(ChildProtectionPermissions.RemindersRun, "立即运行儿童探访提醒", "Run the child visit-reminder sweep now",
            StaffRoles.CountyAdmin, StaffRoles.StationManager),
        new(ChildProtectionPermissions.RemindersManageStation, "查看本站全部儿童待办", "See all child tasks of the station",
            StaffRoles.CountyAdmin, StaffRoles.StationManager),
    ];

    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        ChildProtectionInitializer.InitializeAsync(services, cancellationToken);

    public override IEnumerable<RecurringJobDefinition> RecurringJobs =>
    [
        RecurringJobDefinition.For<ChildVisitRemindersJob>(ChildVisitRemindersJob.Id, ChildVisitRemindersJob.Cron),
    ];
}
