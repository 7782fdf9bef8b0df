using ModularSocialWork.BuildingBlocks.Time;
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
using ModularSocialWork.BuildingBlocks.Web;
using ModularSocialWork.Modules.ElderlyCare;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Features.Figures;
using ModularSocialWork.Modules.ElderlyCare.Features.Policy;
using ModularSocialWork.Modules.ElderlyCare.Features.Profiles;
using ModularSocialWork.Modules.ElderlyCare.Features.Reminders;
using ModularSocialWork.Modules.ElderlyCare.Features.Summary;
using ModularSocialWork.Modules.ElderlyCare.Features.Sweep;
using ModularSocialWork.Modules.ElderlyCare.Seeding;

[assembly: SocialWorkModule(typeof(ElderlyCareModule))]

namespace ModularSocialWork.Modules.ElderlyCare;

public sealed class ElderlyCareModule : ModuleBase
{
    /// <summary>Shared with <see cref="ElderlyCareDbContext"/>, whose design-time factory has no manifest at hand.</summary>
    internal const string SchemaName = "elderly_care";

    public override ModuleManifest Manifest { get; } = new()
    {
        Id = "ElderlyCare",
        NameZh = "养老服务",
        NameEn = "Elderly care",
        Version = new Version(0, 1, 0),
        Schema = SchemaName,
        DependsOn = ["Platform"],
    };

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<ElderlyCareDbContext, ElderlyCareSqliteDbContext, ElderlyCareSqlServerDbContext, ElderlyCarePostgresDbContext>(context);
        services.AddSingleton<Features.Policy.PolicyCache>();
        services.AddElderlyCareFigures();
        services.AddElderlyCareReminders(context);
    }

    public override void MapEndpoints(RouteGroupBuilder api)
    {
        api.MapGet("/summary", ([FromServices] IMediator mediator, CancellationToken cancellationToken) =>
                mediator.Send(new GetElderlyCareSummary(), cancellationToken))
            .RequireAuthorization(PermissionClaim.Policy(ElderlyCarePermissions.EldersRead))
            .WithName("ElderlyCare.GetSummary")
            .WithTags("ElderlyCare");
        api.MapFigureEndpoints();
        api.MapElderEndpoints();
        api.MapReminderEndpoints();
    }

    public override IEnumerable<NavigationItem> Navigation =>
    [
        new("养老服务", "Elderly care", "/ElderlyCare", ElderlyCarePermissions.EldersRead, Order: 200),
        new("养老数据", "Elderly care figures", "/ElderlyCare/Dashboard", ElderlyCarePermissions.EldersRead, Order: 210),
        new("逾期探访", "Overdue visits", "/ElderlyCare/Overdue", ElderlyCarePermissions.EldersRead, Order: 220),
    ];

    public override IEnumerable<PermissionDefinition> Permissions =>
    [
        new(ElderlyCarePermissions.EldersRead, "查看老人档案", "View elder profiles",
            StaffRoles.CountyAdmin, StaffRoles.StationManager, StaffRoles.SocialWorker, StaffRoles.Viewer),
        new(ElderlyCarePermissions.EldersWrite, "编辑老人档案", "Edit elder profiles",
            StaffRoles.CountyAdmin, StaffRoles.StationManager, StaffRoles.SocialWorker),
        new(ElderlyCarePermissions.HealthRead, "查看老人健康情况", "View elders' health notes",
            StaffRoles.CountyAdmin, StaffRoles.StationManager, StaffRoles.SocialWorker),
        new(ElderlyCarePermissions.PolicyManage, "管理探访分级政策", "Manage the visit tier policy",
            StaffRoles.CountyAdmin),
        new(ElderlyCarePermissions.ReportsExport, "导出养老服务月报", "Export elderly-care monthly reports",
            StaffRoles.CountyAdmin, StaffRoles.StationManager),
        new(ElderlyCarePermissions.RemindersRun, "立即运行探访提醒", "Run the visit-reminder sweep now",
            StaffRoles.CountyAdmin, StaffRoles.StationManager),
        new(ElderlyCarePermissions.RemindersManageStation, "查看本站全部探访提醒", "See all visit reminders of the station",
            StaffRoles.CountyAdmin, StaffRoles.StationManager),
    ];

    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        ElderlyCareInitializer.InitializeAsync(services, cancellationToken);

    public override IEnumerable<RecurringJobDefinition> RecurringJobs =>
    [
        RecurringJobDefinition.For<ElderlyCareVisitRemindersJob>(ElderlyCareVisitRemindersJob.Id, ElderlyCareVisitRemindersJob.Cron),
    ];
}
