using ModularSocialWork.BuildingBlocks.Auditing;

namespace ModularSocialWork.Modules.Platform.Domain.Audit;

/// <summary>
/// One row of the append-only audit log. Rows are only ever inserted (and, past the retention period, purged from the
/// oldest end); <see cref="Hash"/> covers every other field and <see cref="PreviousHash"/> links to the row before, so
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

    public const int UserNameLength = 256;
    public const int RoleLength = 64;
    public const int ActionLength = 128;
    public const int EntityTypeLength = 64;
    public const int EntityIdLength = 128;
    public const int DetailLength = 1000;
    public const int ClientIpLength = 64;
    public const int RequestIdLength = 128;
    public const int HashLength = 64;
}
