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
using ModularSocialWork.Modules.Brands.AntiFraud;
using ModularSocialWork.Modules.Brands.AntiFraud.Data;
using ModularSocialWork.Modules.Brands.AntiFraud.Features.Activities;
using ModularSocialWork.Modules.Brands.AntiFraud.Features.Figures;
using ModularSocialWork.Modules.Brands.AntiFraud.Features.FollowUps;

[assembly: SocialWorkModule(typeof(AntiFraudBrandModule))]

namespace ModularSocialWork.Modules.Brands.AntiFraud;

/// <summary>
/// 反诈宣传 "守好养老钱": anti-fraud talks and home sessions for elders, attendance from the residents ledger, and a
/// follow-up visit for anyone who reports a suspicious call or transfer request. A brand service, shipped as a plugin.
/// </summary>
public sealed class AntiFraudBrandModule : ModuleBase
{
    internal const string ModuleId = "AntiFraudBrand";
    internal const string SchemaName = "anti_fraud_brand";

    public override ModuleManifest Manifest { get; } = new()
    {
        Id = ModuleId,
        NameZh = "反诈宣传·守好养老钱",
        NameEn = "Anti-fraud education for elders",
        Version = new Version(1, 0, 0),
        Schema = SchemaName,
        DependsOn = ["Platform"],
        IsBrandService = true,
    };

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<AntiFraudDbContext, AntiFraudSqliteDbContext, AntiFraudSqlServerDbContext, AntiFraudPostgresDbContext>(context);
        services.AddScoped<ITaskSource, FollowUpTaskSource>();
        services.AddScoped<IServedCountSource, AntiFraudServedCounts>();
    }

    public override void MapEndpoints(RouteGroupBuilder api)
    {
        api.MapGet("/activities", async ([FromServices] IMediator mediator, DateOnly? from, DateOnly? to, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListActivities(from, to), ct)))
            .RequireAuthorization(AntiFraudPermissions.ReadPolicy)
            .WithName("AntiFraudBrand.ListActivities");
        api.MapPost("/activities", async ([FromBody] RecordActivity.Command command, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/anti-fraud-brand/activities/{id}", new { id });
            })
            .RequireAuthorization(AntiFraudPermissions.WritePolicy)
            .WithName("AntiFraudBrand.RecordActivity")
            .ProducesValidationProblem();
        api.MapGet("/activities/{id:guid}", async (Guid id, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetActivity(id), ct)))
            .RequireAuthorization(AntiFraudPermissions.ReadPolicy)
            .WithName("AntiFraudBrand.GetActivity");
        api.MapGet("/follow-ups", async ([FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListOpenFollowUps(), ct)))
            .RequireAuthorization(AntiFraudPermissions.ReadPolicy)
            .WithName("AntiFraudBrand.ListFollowUps");
        api.MapPost("/follow-ups/{id:guid}/complete", async (Guid id, [FromBody] CompleteBody body, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new CompleteFollowUp(id, body.Outcome ?? ""), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AntiFraudPermissions.WritePolicy)
            .WithName("AntiFraudBrand.CompleteFollowUp");
    }

    public override IEnumerable<NavigationItem> Navigation =>
    [
        new("反诈宣传", "Anti-fraud", "/AntiFraudBrand", AntiFraudPermissions.Read, Order: 600),
    ];

    public override IEnumerable<PermissionDefinition> Permissions =>
    [
        new(AntiFraudPermissions.Read, "查看反诈宣传活动", "View anti-fraud activities", [.. StaffRoles.All]),
        new(AntiFraudPermissions.Write, "登记反诈宣传活动和回访", "Record anti-fraud activities and follow-ups", [.. StaffRoles.Staff]),
    ];

    public override IEnumerable<RecurringJobDefinition> RecurringJobs =>
    [
        RecurringJobDefinition.For<FollowUpEscalationJob>(FollowUpEscalationJob.Id, FollowUpEscalationJob.Cron),
    ];
}

/// <summary>Body of <c>POST /follow-ups/{id}/complete</c>.</summary>
internal sealed record CompleteBody(string? Outcome);
