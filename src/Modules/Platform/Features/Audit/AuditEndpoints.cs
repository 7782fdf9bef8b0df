using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularSocialWork.BuildingBlocks.Auditing;

namespace ModularSocialWork.Modules.Platform.Features.Audit;

/// <summary><c>GET /api/platform/audit</c> (filtered, paged, newest first) and <c>GET /api/platform/audit/verify</c>.</summary>
internal static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("audit", async (
                [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, [FromQuery] string? user, [FromQuery] string? action,
                [FromQuery] string? entityType, [FromQuery] string? entityId, [FromQuery] AuditOutcome? outcome,
                [FromQuery] int? page, [FromQuery] int? pageSize,
                [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAuditEntries.Query(
                    from, to, user, action, entityType, entityId, outcome, page ?? 1, pageSize ?? ListAuditEntries.DefaultPageSize), ct)))
            .RequireAuthorization(PlatformPermissions.AuditReadPolicy)
            .WithName("ListAuditEntries");

        api.MapGet("audit/verify", async ([FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new VerifyAuditChain.Query(), ct)))
            .RequireAuthorization(PlatformPermissions.AuditReadPolicy)
            .WithName("VerifyAuditChain");
    }
}
