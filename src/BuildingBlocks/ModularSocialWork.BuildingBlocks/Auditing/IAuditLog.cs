namespace ModularSocialWork.BuildingBlocks.Auditing;

/// <summary>
/// The append-only audit log (hash-chained, implemented by Platform). The implementation adds who, role, station,
/// client IP, request id and UTC time itself; callers say what happened to what.
/// </summary>
public interface IAuditLog
{
    Task WriteAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// <paramref name="record"/> with who, role, station, client IP and request id filled in as <see cref="WriteAsync"/>
    /// would write them now, for a module to commit with its own changes (<see cref="AuditOutboxMessage"/>); null when
    /// this log does not take rows from module outboxes.
    /// </summary>
    AuditOutboxMessage? DescribeForOutbox(AuditRecord record) => null;
}

public enum AuditOutcome
{
    Success,
    Failure,
    Denied,
}

/// <param name="Action">What was done, e.g. <c>Platform.Residents.Register</c>, <c>Platform.Residents.RevealId</c>, <c>SignIn</c>.</param>
/// <param name="EntityType">The kind of record touched, e.g. <c>Resident</c>.</param>
/// <param name="EntityId">Its id, when there is one.</param>
/// <param name="Detail">Short free text (a reveal's reason, a failure's message). Never personal data itself.</param>
public sealed record AuditRecord(
    string Action,
    string? EntityType = null,
    string? EntityId = null,
    AuditOutcome Outcome = AuditOutcome.Success,
    string? Detail = null,
    string? UserName = null);

/// <summary>
/// Marks a MediatR request that changes data: the audit behaviour records its outcome (success, failure, denied) with
/// <see cref="AuditAction"/> and the entity id it returns or carries in an <c>Id</c> property.
/// </summary>
public interface IAuditedCommand
{
    string AuditAction { get; }
    string AuditEntityType { get; }
}
