using FluentValidation;
using MediatR;
using ModularSocialWork.BuildingBlocks.Auditing;

namespace ModularSocialWork.BuildingBlocks.Mediation;

/// <summary>
/// Records every <see cref="IAuditedCommand"/> in the audit log with its outcome: success (with the entity id), denied
/// (no permission) or failure (invalid input, conflict, error). Sits outside authorization and validation so refused
/// writes are recorded too.
/// </summary>
/// <remarks>
/// The success row goes with the command's own changes when its module keeps an audit outbox: the row is prepared here,
/// the module context's save commits it in the same transaction (<see cref="PendingCommandAudit"/>), and the Platform
/// links it into the chain shortly after. So the row exists exactly when the change does, and the request waits for one
/// durable commit instead of two. Otherwise (no such module save, refusals, failures) the row is appended here.
/// </remarks>
public sealed class AuditBehavior<TRequest, TResponse>(IEnumerable<IAuditLog> auditLogs, PendingCommandAudit? pending = null)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool ResultNamesItsEntity = typeof(IHasEntityId).IsAssignableFrom(typeof(TResponse));

    // Optional so a host without the Platform (unit tests of a single module) still runs requests.
    private readonly IAuditLog? auditLog = auditLogs.FirstOrDefault();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IAuditedCommand command || auditLog is null) return await next();

        var waitsForSave = BeginWaitingForSave(command, request);
        TResponse response;
        AuditOutboxMessage? savedRow;
        try
        {
            response = await next();
        }
        catch (Exception ex) when (ex is ForbiddenException or UnauthenticatedException)
        {
            await WriteAsync(command, request, default, AuditOutcome.Denied, ex.Message);
            throw;
        }
        catch (Exception ex) when (ex is AppException or ValidationException)
        {
            await WriteAsync(command, request, default, AuditOutcome.Failure, ex is ValidationException ? "validation failed" : ex.Message);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await WriteAsync(command, request, default, AuditOutcome.Failure, ex.GetType().Name);
            throw;
        }
        finally
        {
            savedRow = waitsForSave ? pending!.End() : null;
        }

        // Committed with the changes, naming the entity the result names: nothing left to write. (Should a save have
        // guessed another entity, the row below says which one the command reports.)
        if (savedRow is not null && savedRow.EntityId == EntityId(request, response)) return response;
        await WriteAsync(command, request, response, AuditOutcome.Success, null);
        return response;
    }

    /// <summary>
    /// Prepares the success row for a module save to carry, when the entity it will name can be told before the handler
    /// runs: the request's <c>Id</c>, or for a command returning a created <see cref="Guid"/> the added entity of its
    /// <see cref="IAuditedCommand.AuditEntityType"/>. A result naming its own entity (<see cref="IHasEntityId"/>) cannot be.
    /// </summary>
    private bool BeginWaitingForSave(IAuditedCommand command, TRequest request)
    {
        if (pending is null || ResultNamesItsEntity) return false;
        var createsEntity = typeof(TResponse) == typeof(Guid);
        var success = new AuditRecord(
            command.AuditAction, command.AuditEntityType, createsEntity ? null : EntityId(request, default), AuditOutcome.Success);
        return pending.TryBegin(auditLog!, success, createsEntity ? command.AuditEntityType : null);
    }

    private Task WriteAsync(IAuditedCommand command, TRequest request, TResponse? response, AuditOutcome outcome, string? detail) =>
        auditLog!.WriteAsync(
            new AuditRecord(command.AuditAction, command.AuditEntityType, EntityId(request, response), outcome, detail),
            CancellationToken.None); // an audit row must not be lost because the caller went away

    /// <summary>The id the command created (a returned Guid) or acted on (an <c>Id</c> property of the request).</summary>
    private static string? EntityId(TRequest request, TResponse? response) => response switch
    {
        Guid id => id.ToString(),
        IHasEntityId withId => withId.EntityId,
        _ => request!.GetType().GetProperty("Id")?.GetValue(request)?.ToString(),
    };
}

/// <summary>A command result that names the entity it touched, for the audit log.</summary>
public interface IHasEntityId
{
    string EntityId { get; }
}
