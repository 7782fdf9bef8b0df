using ModularSocialWork.BuildingBlocks.Auditing;

namespace ModularSocialWork.Modules.Platform.Domain.Audit;

/// <summary>
/// One row of the append-only audit log. Rows are only ever inserted (and, past the retention period, purged from the
/// oldest end); <see cref="Hash"/> covers every other field (but <see cref="OutboxId"/>) and <see cref="PreviousHash"/> links to the row before, so
/// an edited, removed or reordered row is found by <c>AuditChainVerifier</c>. Deliberately not an AuditedEntity: no
/// UpdatedAt, no Version — nothing updates it.
/// </summary>
internal sealed class AuditEntry
{
    /// <summary>Position in the chain: 1, 2, 3… without gaps (the primary key, assigned from <see cref="AuditChainHead"/>).</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, truncated to whole milliseconds so every provider stores it exactly (the hash covers it).</summary>
    public DateTimeOffset At { get; set; }

    public required string UserName { get; set; }
    public string? Role { get; set; }
    public Guid? StationId { get; set; }
    public required string Action { get; set; }
    public string? EntityType { get; set; }
    public string? EntityId { get; set; }
    public AuditOutcome Outcome { get; set; }
    public string? Detail { get; set; }
    public string? ClientIp { get; set; }
    public string? RequestId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the row before (<see cref="AuditHash.Genesis"/> for the first row ever).</summary>
    public required string PreviousHash { get; set; }

    /// <summary>Lower-case hex SHA-256 of this row's canonical form (<see cref="AuditHash"/>).</summary>
    public required string Hash { get; set; }

    /// <summary>
    /// The module outbox row this entry was forwarded from (<see cref="AuditOutboxMessage"/>); null for rows appended
    /// directly. Unique: a row forwarded again after a crash is recognised and skipped. Not part of the hash (it says
    /// where the row came from, not what happened).
    /// </summary>
    public Guid? OutboxId { get; set; }

    // The outbox carries the same columns, so both are cut to the same widths.
    public const int UserNameLength = AuditOutboxMessage.UserNameLength;
    public const int RoleLength = AuditOutboxMessage.RoleLength;
    public const int ActionLength = AuditOutboxMessage.ActionLength;
    public const int EntityTypeLength = AuditOutboxMessage.EntityTypeLength;
    public const int EntityIdLength = AuditOutboxMessage.EntityIdLength;
    public const int DetailLength = AuditOutboxMessage.DetailLength;
    public const int ClientIpLength = AuditOutboxMessage.ClientIpLength;
    public const int RequestIdLength = AuditOutboxMessage.RequestIdLength;

    /// <summary>An unlinked entry (sequence and hashes are assigned when it is appended) with the row's facts.</summary>
    public static AuditEntry From(AuditOutboxMessage row, Guid? outboxId) => new()
    {
        At = AuditHash.Normalize(row.At),
        UserName = row.UserName,
        Role = row.Role,
        StationId = row.StationId,
        Action = row.Action,
        EntityType = row.EntityType,
        EntityId = row.EntityId,
        Outcome = row.Outcome,
        Detail = row.Detail,
        ClientIp = row.ClientIp,
        RequestId = row.RequestId,
        OutboxId = outboxId,
        PreviousHash = AuditHash.Genesis,
        Hash = AuditHash.Genesis,
    };
    public const int HashLength = 64;
}
