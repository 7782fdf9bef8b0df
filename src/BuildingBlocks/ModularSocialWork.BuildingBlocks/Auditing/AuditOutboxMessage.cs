namespace ModularSocialWork.BuildingBlocks.Auditing;

/// <summary>
/// An audit row waiting in a module's own database (its <c>AuditOutbox</c> table) to be linked into the Platform's hash
/// chain. The success row of an audited command is saved by the module context in the same transaction as the command's
/// changes (<see cref="PendingCommandAudit"/>): it is committed exactly when they are, and the request pays for no second
/// durable commit in another database. The Platform forwards these rows to the chain in batches shortly after, keyed by
/// <see cref="Id"/> so a row is never linked twice.
/// </summary>
public sealed class AuditOutboxMessage
{
    public const string TableName = "AuditOutbox";

    // The audit chain's column widths; the Platform clips to them when it describes the row.
    public const int UserNameLength = 256;
    public const int RoleLength = 64;
    public const int ActionLength = 128;
    public const int EntityTypeLength = 64;
    public const int EntityIdLength = 128;
    public const int DetailLength = 1000;
    public const int ClientIpLength = 64;
    public const int RequestIdLength = 128;

    /// <summary>Assigned when the row is saved (version 7: later rows sort later); the chain's de-duplication key.</summary>
    public Guid Id { get; set; }

    /// <summary>UTC, when the command's changes were saved.</summary>
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
}
