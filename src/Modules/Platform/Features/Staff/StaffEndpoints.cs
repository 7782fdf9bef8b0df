using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ModularSocialWork.Modules.Platform.Features.Staff;

/// <summary>Administration of one account: <c>/api/platform/staff/{id}</c> and its actions.</summary>
internal static class StaffEndpoints
{
    public sealed record ResetPasswordBody(string? Password);
    public sealed record RoleBody(string? Role);
    public sealed record StationBody(Guid? StationId);

    public static void Map(RouteGroupBuilder api)
    {
        var staff = api.MapGroup("staff/{id:guid}")
            .RequireAuthorization(PlatformPermissions.StaffManagePolicy)
            .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapGet("", async (Guid id, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetStaffAccount.Query(id), ct)))
            .WithName("GetStaffAccount");

        staff.MapPost("disable", async (Guid id, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ManageStaffAccount.Disable(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DisableStaffAccount")
            .ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapPost("enable", async (Guid id, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ManageStaffAccount.Enable(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("EnableStaffAccount");

        staff.MapPost("reset-password", async (Guid id, [FromBody] ResetPasswordBody body, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ManageStaffAccount.ResetPassword(id, body.Password ?? ""), ct);
                return TypedResults.NoContent();
            })
            .WithName("ResetStaffPassword")
            .ProducesValidationProblem();

        staff.MapPut("role", async (Guid id, [FromBody] RoleBody body, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ManageStaffAccount.ChangeRole(id, body.Role ?? ""), ct);
                return TypedResults.NoContent();
            })
            .WithName("ChangeStaffRole")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        staff.MapPut("station", async (Guid id, [FromBody] StationBody body, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ManageStaffAccount.ChangeStation(id, body.StationId ?? Guid.Empty), ct);
                return TypedResults.NoContent();
            })
            .WithName("ChangeStaffStation")
            .ProducesValidationProblem();
    }
}
