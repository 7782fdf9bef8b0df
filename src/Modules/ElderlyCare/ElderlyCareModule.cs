using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Web;
using ModularSocialWork.Modules.ElderlyCare;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Features.Summary;

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

    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddModuleDbContext<ElderlyCareDbContext, ElderlyCareSqliteDbContext, ElderlyCareSqlServerDbContext, ElderlyCarePostgresDbContext>(context);

    public override void MapEndpoints(RouteGroupBuilder api)
    {
        api.MapGet("/summary", ([FromServices] IMediator mediator, CancellationToken cancellationToken) =>
                mediator.Send(new GetElderlyCareSummary(), cancellationToken))
            .RequireAuthorization(PermissionClaim.Policy(ElderlyCarePermissions.EldersRead))
            .WithName("ElderlyCare.GetSummary")
            .WithTags("ElderlyCare");
    }

    public override IEnumerable<NavigationItem> Navigation =>
    [
        new("养老服务", "Elderly care", "/ElderlyCare", ElderlyCarePermissions.EldersRead, Order: 200),
    ];

    public override IEnumerable<PermissionDefinition> Permissions =>
    [
        new(ElderlyCarePermissions.EldersRead, "查看老人档案", "View elder profiles",
            StaffRoles.CountyAdmin, StaffRoles.StationManager, StaffRoles.SocialWorker, StaffRoles.Viewer),
        new(ElderlyCarePermissions.EldersWrite, "编辑老人档案", "Edit elder profiles",
            StaffRoles.CountyAdmin, StaffRoles.StationManager, StaffRoles.SocialWorker),
    ];
}
