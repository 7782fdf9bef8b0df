using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularSocialWork.Modules.Platform.Features.Staff;
using ModularSocialWork.Modules.Platform.Features.Stations;

namespace ModularSocialWork.Modules.Platform.Features;

/// <summary>The Platform API under <c>/api/platform</c>: thin, every endpoint just sends a request.</summary>
internal static class PlatformEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        Audit.AuditEndpoints.Map(api);
        StaffEndpoints.Map(api);
        Auth.AccountEndpoints.Map(api);
        Residents.ResidentEndpoints.MapResidentEndpoints(api);

        api.MapGet("stations", async ([FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListStations.Query(), ct)))
            .RequireAuthorization(PlatformPermissions.StationsReadPolicy)
            .WithName("ListStations");

        api.MapGet("brands", async ([FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new StationBrands.Query(), ct)))
            .RequireAuthorization(PlatformPermissions.StationsReadPolicy)
            .WithName("ListStationBrands");

        api.MapPut("stations/{id:guid}/brands", async (
                Guid id, [FromBody] StationBrands.AssignBody body, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { stationId = id, moduleIds = await mediator.Send(new StationBrands.Assign(id, body.ModuleIds!), ct) }))
            .RequireAuthorization(PlatformPermissions.BrandsAssignPolicy)
            .WithName("AssignStationBrands")
            .ProducesValidationProblem();

        api.MapGet("staff", async ([FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListStaffAccounts.Query(), ct)))
            .RequireAuthorization(PlatformPermissions.StaffManagePolicy)
            .WithName("ListStaffAccounts");

        api.MapPost("staff", async ([FromBody] CreateStaffAccount.Command command, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/platform/staff/{id}", new { id });
            })
            .RequireAuthorization(PlatformPermissions.StaffManagePolicy)
            .WithName("CreateStaffAccount")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
