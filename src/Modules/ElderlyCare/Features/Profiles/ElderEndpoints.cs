using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ElderlyCare.Domain;
using ModularSocialWork.Modules.ElderlyCare.Features.Events;
using ModularSocialWork.Modules.ElderlyCare.Features.Policy;
using ModularSocialWork.Modules.ElderlyCare.Features.Visits;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Profiles;

internal sealed record IdResponse(Guid Id);

internal sealed record TierOverrideRequest(RiskTier? Tier, string? Reason);

internal sealed record EventRequest(MajorEventKind Kind, DateOnly? OccurredOn, string? Note);

/// <summary>The elderly-care API: elders, their visits and events, the county policy (under <c>/api/elderly-care</c>).</summary>
internal static class ElderEndpoints
{
    private const string Tag = "ElderlyCare";

    public static void MapElderEndpoints(this RouteGroupBuilder api)
    {
        var read = PermissionClaim.Policy(ElderlyCarePermissions.EldersRead);
        var write = PermissionClaim.Policy(ElderlyCarePermissions.EldersWrite);
        var elders = api.MapGroup("elders").WithTags(Tag);

        elders.MapGet("", async (RiskTier? tier, string? tag, Guid? workerId, string? search, int? page, int? pageSize,
                    [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListElders.Query
                {
                    Tier = tier, Tag = tag, WorkerId = workerId, Search = search, Page = page ?? 1, PageSize = pageSize ?? 20,
                }, ct)))
            .RequireAuthorization(read)
            .WithName("ElderlyCare.ListElders");

        elders.MapPost("", async ([FromBody] CreateElderProfile.Command command, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/elderly-care/elders/{id}", new IdResponse(id));
            })
            .RequireAuthorization(write)
            .WithName("ElderlyCare.CreateElder")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        elders.MapGet("{id:guid}", async (Guid id, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetElderProfile.Query(id), ct)))
            .RequireAuthorization(read)
            .WithName("ElderlyCare.GetElder")
            .ProducesProblem(StatusCodes.Status404NotFound);

        elders.MapPut("{id:guid}", async (Guid id, [FromBody] UpdateElderProfile.Command command, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new IdResponse(await mediator.Send(command with { Id = id }, ct))))
            .RequireAuthorization(write)
            .WithName("ElderlyCare.UpdateElder")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        elders.MapPost("{id:guid}/tier-override", async (Guid id, [FromBody] TierOverrideRequest body, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new IdResponse(await mediator.Send(new OverrideTier.Command { Id = id, Tier = body.Tier, Reason = body.Reason }, ct))))
            .RequireAuthorization(write)
            .WithName("ElderlyCare.OverrideTier")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        elders.MapGet("{id:guid}/visits", async (Guid id, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListVisits.Query(id), ct)))
            .RequireAuthorization(read)
            .WithName("ElderlyCare.ListVisits")
            .ProducesProblem(StatusCodes.Status404NotFound);

        elders.MapPost("{id:guid}/visits", async Task<Created<IdResponse>> (Guid id, [FromBody] RecordVisit.Command command, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                var visitId = await mediator.Send(command with { ElderProfileId = id }, ct);
                return TypedResults.Created($"/api/elderly-care/elders/{id}/visits", new IdResponse(visitId));
            })
            .RequireAuthorization(write)
            .WithName("ElderlyCare.RecordVisit")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        elders.MapPost("{id:guid}/events", async Task<Created<IdResponse>> (Guid id, [FromBody] EventRequest body, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                var eventId = await mediator.Send(new RecordMajorEvent.Command { ElderProfileId = id, Kind = body.Kind, OccurredOn = body.OccurredOn, Note = body.Note }, ct);
                return TypedResults.Created($"/api/elderly-care/elders/{id}", new IdResponse(eventId));
            })
            .RequireAuthorization(write)
            .WithName("ElderlyCare.RecordElderEvent")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("stations/{stationId:guid}/events", async Task<Created<IdResponse>> (Guid stationId, [FromBody] EventRequest body, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                var eventId = await mediator.Send(new RecordMajorEvent.Command { StationId = stationId, Kind = body.Kind, OccurredOn = body.OccurredOn, Note = body.Note }, ct);
                return TypedResults.Created($"/api/elderly-care/elders", new IdResponse(eventId));
            })
            .RequireAuthorization(write)
            .WithName("ElderlyCare.RecordStationEvent")
            .WithTags(Tag)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("policy", async ([FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetVisitPolicy.Query(), ct)))
            .RequireAuthorization(read)
            .WithName("ElderlyCare.GetPolicy")
            .WithTags(Tag);

        api.MapPut("policy", async ([FromBody] UpdateVisitPolicy.Command command, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { retiered = await mediator.Send(command, ct) }))
            .RequireAuthorization(PermissionClaim.Policy(ElderlyCarePermissions.PolicyManage))
            .WithName("ElderlyCare.UpdatePolicy")
            .WithTags(Tag)
            .ProducesValidationProblem();
    }
}
