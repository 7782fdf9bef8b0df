using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Tasks;
using ModularSocialWork.BuildingBlocks.Web;
using ModularSocialWork.Modules.Brands.BrandTemplate;
using ModularSocialWork.Modules.Brands.BrandTemplate.Data;
using ModularSocialWork.Modules.Brands.BrandTemplate.Features.Services;

[assembly: SocialWorkModule(typeof(BrandTemplateModule))]

namespace ModularSocialWork.Modules.Brands.BrandTemplate;

/// <summary>
/// 品牌服务模板: a local brand service (一站一特色). The one public type of the module; everything else is internal
/// (Razor page models excepted). Pages at /BrandTemplate, API at /api/brand-template.
/// </summary>
public sealed class BrandTemplateModule : ModuleBase
{
    internal const string ModuleId = "BrandTemplate";
    internal const string SchemaName = "brand_template";

    public override ModuleManifest Manifest { get; } = new()
    {
        Id = ModuleId,
        NameZh = "品牌服务模板",
        NameEn = "BrandTemplate",
        Version = new Version(1, 0, 0),
        Schema = SchemaName,
        DependsOn = ["Platform"],
        IsBrandService = true,
    };

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<BrandTemplateDbContext, BrandTemplateSqliteDbContext, BrandTemplateSqlServerDbContext, BrandTemplatePostgresDbContext>(context);
        // Served counts join the station's 服务人次 on the 工作台 and show under the brand on the station page.
        services.AddScoped<IServedCountSource, ServedCounts>();
    }

    public override void MapEndpoints(RouteGroupBuilder api)
    {
        api.MapGet("/services", async ([FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListServices(), ct)))
            .RequireAuthorization(BrandTemplatePermissions.ReadPolicy)
            .WithName("BrandTemplate.ListServices");
        api.MapPost("/services", async ([FromBody] RecordService.Command command, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/brand-template/services/{id}", new { id });
            })
            .RequireAuthorization(BrandTemplatePermissions.WritePolicy)
            .WithName("BrandTemplate.RecordService")
            .ProducesValidationProblem();
    }

    public override IEnumerable<NavigationItem> Navigation =>
    [
        new("品牌服务模板", "BrandTemplate", "/BrandTemplate", BrandTemplatePermissions.Read, Order: 700),
    ];

    public override IEnumerable<PermissionDefinition> Permissions =>
    [
        new(BrandTemplatePermissions.Read, "查看品牌服务模板", "View BrandTemplate", [.. StaffRoles.All]),
        new(BrandTemplatePermissions.Write, "登记品牌服务模板", "Record BrandTemplate services", [.. StaffRoles.Staff]),
    ];
}
