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
using ModularSocialWork.Modules.ChildProtection;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Features.Summary;

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
        Version = new Version(0, 1, 0),
        Schema = SchemaName,
        DependsOn = ["Platform"],
    };

    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddModuleDbContext<ChildProtectionDbContext, ChildProtectionSqliteDbContext, ChildProtectionSqlServerDbContext, ChildProtectionPostgresDbContext>(context);

    public override void MapEndpoints(RouteGroupBuilder api)
    {
        api.MapGet("/summary", ([FromServices] IMediator mediator, CancellationToken cancellationToken) =>
                mediator.Send(new GetChildProtectionSummary(), cancellationToken))
            .RequireAuthorization(PermissionClaim.Policy(ChildProtectionPermissions.CasesRead))
            .WithName("ChildProtection.GetSummary")
            .WithTags("ChildProtection");
    }

    public override IEnumerable<NavigationItem> Navigation =>
    [
        new("儿童关爱保护", "Child protection", "/ChildProtection", ChildProtectionPermissions.CasesRead, Order: 300),
    ];

    public override IEnumerable<PermissionDefinition> Permissions =>
    [
        // No Viewer: child cases are sensitive, only staff who work on them may read them.
        new(ChildProtectionPermissions.CasesRead, "查看儿童个案", "View child cases",
            StaffRoles.CountyAdmin, StaffRoles.StationManager, StaffRoles.SocialWorker),
        new(ChildProtectionPermissions.CasesWrite, "编辑儿童个案", "Edit child cases",
            StaffRoles.CountyAdmin, StaffRoles.StationManager, StaffRoles.SocialWorker),
    ];
}
