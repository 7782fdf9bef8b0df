using FluentValidation;
using MediatR;
using ModularSocialWork.BuildingBlocks.Auditing;

namespace ModularSocialWork.BuildingBlocks.Mediation;

/// <summary>
/// Records every <see cref="IAuditedCommand"/> in the audit log with its outcome: success (with the entity id), denied
/// (no permission) or failure (invalid input, conflict, error). Sits outside authorization and validation so refused
/// writes are recorded too.
/// </summary>
public sealed class AuditBehavior<TRequest, TResponse>(IEnumerable<IAuditLog> auditLogs) : IPipelineBehavior<TRequest, TResponse>
{
    // Optional so a host without the Platform (unit tests of a single module) still runs requests.
    private readonly IAuditLog? auditLog = auditLogs.FirstOrDefault();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IAuditedCommand command || auditLog is null) return await next();

        TResponse response;
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

        await WriteAsync(command, request, response, AuditOutcome.Success, null);
        return response;
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
