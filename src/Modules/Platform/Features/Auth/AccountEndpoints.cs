using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ModularSocialWork.Modules.Platform.Features.Auth;

/// <summary>The signed-in person's own account: <c>/api/platform/account/…</c> (password, two-factor).</summary>
internal static class AccountEndpoints
{
    public sealed record EnableTwoFactorBody(string? Code);

    public static void Map(RouteGroupBuilder api)
    {
        var account = api.MapGroup("account").RequireAuthorization();

        account.MapPost("password", async ([FromBody] ChangeOwnPassword.Command command, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.NoContent();
            })
            .WithName("ChangeOwnPassword")
            .ProducesValidationProblem();

        account.MapGet("two-factor", async ([FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TwoFactorEnrolment.Query(), ct)))
            .WithName("GetTwoFactor");

        account.MapPost("two-factor", async ([FromBody] EnableTwoFactorBody body, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { recoveryCodes = await mediator.Send(new TwoFactorEnrolment.EnableCommand(body.Code ?? ""), ct) }))
            .WithName("EnableTwoFactor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        account.MapDelete("two-factor", async ([FromServices] IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new TwoFactorEnrolment.DisableCommand(), ct);
                return TypedResults.NoContent();
            })
            .WithName("DisableTwoFactor")
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
