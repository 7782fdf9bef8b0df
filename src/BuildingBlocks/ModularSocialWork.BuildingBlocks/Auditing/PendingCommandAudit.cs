using Microsoft.EntityFrameworkCore;

namespace ModularSocialWork.BuildingBlocks.Auditing;

/// <summary>
/// The success row of the audited command running in this DI scope, until a module context saves it together with the
/// command's changes (<see cref="AuditOutboxMessage"/>). One per scope; the audit behaviour fills it before the handler
/// runs and reads afterwards whether a save carried it.
/// </summary>
/// <remarks>
/// The row names the entity the command will report: the id it carries in an <c>Id</c> property, or — for a command that
/// returns the id it creates — the one added entity whose type is the command's <see cref="IAuditedCommand.AuditEntityType"/>.
/// When that cannot be told at save time (none or several such entities, a result that names its own entity) no save
/// carries the row and the behaviour appends it to the chain directly, as for refused and failed commands.
/// </remarks>
public sealed class PendingCommandAudit
{
    private IAuditLog? log;
    private AuditRecord? record;
    private string? addedEntityType;

    /// <summary>The row a save committed, once one has.</summary>
    internal AuditOutboxMessage? Saved { get; private set; }

    /// <summary>
    /// Starts waiting for a save to carry <paramref name="success"/>, described by <paramref name="auditLog"/> only when a
    /// save does (most commands of the Platform, and updates, are never carried: no work for them here).
    /// <paramref name="addedEntityType"/>: take the entity id from the one added entity of this CLR type name; null when
    /// <paramref name="success"/> already names its entity. False when a command of this scope is already waiting (a
    /// command sent from a handler): the inner one is appended directly.
    /// </summary>
    internal bool TryBegin(IAuditLog auditLog, AuditRecord success, string? addedEntityType)
    {
        if (record is not null) return false;
        log = auditLog;
        record = success;
        this.addedEntityType = addedEntityType;
        Saved = null;
        return true;
    }

    /// <summary>Ends the wait; returns the row a save committed, or null.</summary>
    internal AuditOutboxMessage? End()
    {
        var saved = Saved;
        log = null;
        record = null;
        addedEntityType = null;
        Saved = null;
        return saved;
    }

    /// <summary>
    /// The row for the save <paramref name="context"/> is about to make — described now (same request, same signed-in
    /// staff), stamped with <paramref name="now"/> and a new id; null when nothing waits, a save already carried it, the
    /// entity cannot be told, or the audit log takes no rows from outboxes.
    /// </summary>
    internal AuditOutboxMessage? TakeFor(DbContext context, DateTimeOffset now)
    {
        if (record is null || Saved is not null) return null;
        var success = record;
        if (addedEntityType is not null)
        {
            if (AddedEntityId(context, addedEntityType) is not { } id) return null;
            success = success with { EntityId = id.ToString() };
        }

        if (log!.DescribeForOutbox(success) is not { } row) return null;
        row.Id = Guid.CreateVersion7(now);
        row.At = now;
        return row;
    }

    /// <summary>The id of the one added entity of type <paramref name="typeName"/>; null when there is none or several.</summary>
    private static object? AddedEntityId(DbContext context, string typeName)
    {
        // Added entities are known without detecting changes; the save detects them once anyway (SqliteWriteGate).
        var tracker = context.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            object? id = null;
            var matches = 0;
            foreach (var entry in tracker.Entries())
            {
                if (entry.State != EntityState.Added || entry.Metadata.ClrType.Name != typeName) continue;
                if (++matches > 1) return null;
                id = entry.Metadata.FindProperty("Id") is { } key ? entry.Property(key).CurrentValue : null;
            }

            return id;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }

    /// <summary>The save that carried <paramref name="row"/> committed.</summary>
    internal void Committed(AuditOutboxMessage row) => Saved = row;
}
