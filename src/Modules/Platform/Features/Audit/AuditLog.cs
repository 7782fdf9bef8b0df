using Microsoft.AspNetCore.Http;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Domain.Audit;

namespace ModularSocialWork.Modules.Platform.Features.Audit;

/// <summary>
/// The Platform's <see cref="IAuditLog"/>: adds who (user, role, station), where from (client IP, request id) and when,
/// then appends to the hash chain through its own DbContext in its own DI scope, so the caller's unit of work neither
/// carries the audit row nor loses it when it fails. The success rows of audited commands of modules with an audit
/// outbox come the other way: described here, committed with the module's changes, linked by <see cref="AuditOutboxForwarder"/>.
/// </summary>
/// <remarks>
/// On SQLite do not call this while your own context holds an open write transaction on the Platform file: the audit
/// row needs the file's single write lock too and would wait for the busy timeout.
/// </remarks>
internal sealed class AuditLog(
    AuditAppendQueue queue,
    ICurrentStaff currentStaff,
    IHttpContextAccessor httpContextAccessor,
    TimeProvider clock) : IAuditLog
{
    public const string SystemUser = "system";

    public Task WriteAsync(AuditRecord record, CancellationToken cancellationToken) =>
        queue.AppendAsync(Describe(record));

    internal AuditEntry Describe(AuditRecord record) => AuditEntry.From(DescribeForOutbox(record), outboxId: null);

    public AuditOutboxMessage DescribeForOutbox(AuditRecord record)
    {
        var http = httpContextAccessor.HttpContext;
        // A sign-in names the account it is about; otherwise the signed-in staff member; otherwise background work.
        var staffName = currentStaff.IsAuthenticated && !string.IsNullOrEmpty(currentStaff.UserName) ? currentStaff.UserName : null;
        var fromStaff = string.IsNullOrEmpty(record.UserName) && staffName is not null;
        return new AuditOutboxMessage
        {
            At = clock.GetUtcNow(),
            UserName = Clip(!string.IsNullOrEmpty(record.UserName) ? record.UserName : staffName ?? SystemUser, AuditEntry.UserNameLength)!,
            Role = fromStaff ? Clip(currentStaff.Role, AuditEntry.RoleLength) : null,
            StationId = fromStaff ? currentStaff.ActingStationId ?? currentStaff.HomeStationId : null,
            Action = Clip(record.Action, AuditEntry.ActionLength)!,
            EntityType = Clip(record.EntityType, AuditEntry.EntityTypeLength),
            EntityId = Clip(record.EntityId, AuditEntry.EntityIdLength),
            Outcome = record.Outcome,
            Detail = Clip(record.Detail, AuditEntry.DetailLength),
            ClientIp = Clip(http?.Connection.RemoteIpAddress?.ToString(), AuditEntry.ClientIpLength),
            RequestId = Clip(http?.TraceIdentifier, AuditEntry.RequestIdLength),
        };
    }

    /// <summary>
    /// Cut to the column and drop control characters: text in an audit row comes from users (a reveal reason, a search),
    /// and a NUL is refused by PostgreSQL — which would fail the whole group-committed batch, other requests' rows included.
    /// </summary>
    private static string? Clip(string? value, int length)
    {
        if (value is null) return null;
        if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\t')))
            value = new string(value.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray());
        return value.Length <= length ? value : value[..length];
    }
}
