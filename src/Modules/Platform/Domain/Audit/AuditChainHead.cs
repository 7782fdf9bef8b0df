namespace ModularSocialWork.Modules.Platform.Domain.Audit;

/// <summary>
/// The single row (<see cref="SingletonId"/>) that serialises appends to the audit chain across hosts: every append reads
/// it, inserts row <c>LastSequence + 1</c> linked to <see cref="LastHash"/> and updates it in the same transaction; the
/// concurrency token makes a concurrent append fail and retry instead of forking the chain.
/// </summary>
internal sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Sequence of the newest row (0 before the first).</summary>
    public long LastSequence { get; set; }

    public required string LastHash { get; set; }

    /// <summary>
    /// The first sequence that must still exist: 1 until the retention job purges old rows, then the first row kept.
    /// </summary>
    public long AnchorSequence { get; set; } = 1;

    /// <summary>The <c>PreviousHash</c> the row at <see cref="AnchorSequence"/> must carry (genesis, or the purged row's hash).</summary>
    public required string AnchorHash { get; set; }

    /// <summary>Application-managed concurrency token, replaced on every update.</summary>
    public Guid Version { get; set; }
}
