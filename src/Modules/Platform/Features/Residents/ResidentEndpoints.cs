using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.Platform.Features.Residents;

/// <summary>The residents ledger API under <c>/api/platform/residents</c>.</summary>
internal static class ResidentEndpoints
{
    public const long MaxImportBytes = 50L * 1024 * 1024;

    public static void MapResidentEndpoints(this RouteGroupBuilder api)
    {
        var residents = api.MapGroup("residents").WithTags("Residents");

        residents.MapGet("", async ([AsParameters] ListFilter filter, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(filter.ToQuery(), ct)))
            .RequireAuthorization(PermissionClaim.Policy(PlatformPermissions.ResidentsRead))
            .WithName("ListResidents")
            .ProducesValidationProblem();

        residents.MapGet("{id:guid}", async (Guid id, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetResident.Query(id), ct)))
            .RequireAuthorization(PermissionClaim.Policy(PlatformPermissions.ResidentsRead))
            .WithName("GetResident")
            .ProducesProblem(StatusCodes.Status404NotFound);

        // A known ID number is a DuplicateResidentException: 409 with existingResidentId (ProblemExtensions).
        residents.MapPost("", async (
                [FromBody] RegisterResident.Command command, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/platform/residents/{id}", new IdResponse(id));
            })
            .RequireAuthorization(PermissionClaim.Policy(PlatformPermissions.ResidentsWrite))
            .WithName("RegisterResident")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        residents.MapPut("{id:guid}", async (
                Guid id, [FromBody] UpdateResident.Command command, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new IdResponse(await mediator.Send(command with { Id = id }, ct))))
            .RequireAuthorization(PermissionClaim.Policy(PlatformPermissions.ResidentsWrite))
            .WithName("UpdateResident")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        residents.MapPost("{id:guid}/reveal-id", async (Guid id, [FromBody] RevealRequest body, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RevealResidentId.Command(id, body.Reason), ct)))
            .RequireAuthorization(PermissionClaim.Policy(PlatformPermissions.ResidentsRevealId))
            .WithName("RevealResidentId")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        residents.MapPost("import", async Task<Results<Ok<ImportResidents.Result>, UnprocessableEntity<ImportResidents.Result>, ProblemHttpResult>> (
                IFormFile file, [FromQuery] Guid? importId, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                if (file.Length == 0 || file.Length > MaxImportBytes)
                {
                    return TypedResults.Problem(title: "请上传不超过 50 MB 的 .xlsx 文件。", statusCode: StatusCodes.Status400BadRequest);
                }

                await using var copy = await SeekableCopyAsync(file, ct);
                var result = await mediator.Send(new ImportResidents.Command(copy, importId ?? Guid.NewGuid()), ct);
                return result.Succeeded ? TypedResults.Ok(result) : TypedResults.UnprocessableEntity(result);
            })
            .RequireAuthorization(PermissionClaim.Policy(PlatformPermissions.ResidentsImport))
            .WithName("ImportResidents")
            .DisableAntiforgery() // bearer-token API; the page posts through its own antiforgery-protected handler
            .ProducesProblem(StatusCodes.Status400BadRequest);

        residents.MapGet("import/{importId:guid}/progress", async Task<Results<Ok<GetImportProgress.Progress>, NotFound>> (
                Guid importId, [FromServices] IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new GetImportProgress.Query(importId), ct) is { } progress
                    ? TypedResults.Ok(progress)
                    : TypedResults.NotFound())
            .RequireAuthorization(PermissionClaim.Policy(PlatformPermissions.ResidentsImport))
            .WithName("GetResidentImportProgress");

        residents.MapGet("export", async ([AsParameters] ListFilter filter, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(new ExportResidents.Query(filter.ToQuery() with { Page = 1, PageSize = ListResidents.MaxPageSize }), ct);
                return TypedResults.File(result.Content, ExportResidents.ContentType, result.FileName);
            })
            .RequireAuthorization(PermissionClaim.Policy(PlatformPermissions.ResidentsExport))
            .WithName("ExportResidents");
    }

    /// <summary>The import reads the file twice (check, then save): a temporary file, deleted on close.</summary>
    internal static async Task<Stream> SeekableCopyAsync(IFormFile file, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), "msw-import-" + Guid.NewGuid().ToString("N") + ".xlsx");
        var copy = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        await file.CopyToAsync(copy, ct);
        copy.Position = 0;
        return copy;
    }

    public sealed record IdResponse(Guid Id);

    public sealed record RevealRequest(string? Reason);

    internal sealed class ListFilter
    {
        [FromQuery] public string? Search { get; init; }
        [FromQuery] public string? Tag { get; init; }
        [FromQuery] public Guid? StationId { get; init; }
        [FromQuery] public string? Village { get; init; }
        [FromQuery] public int? Page { get; init; }
        [FromQuery] public int? PageSize { get; init; }

        public ListResidents.Query ToQuery() => new()
        {
            Search = Search, Tag = Tag, StationId = StationId, Village = Village, Page = Page ?? 1, PageSize = PageSize ?? 20,
        };
    }
}
