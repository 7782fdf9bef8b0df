namespace ModularSocialWork.BuildingBlocks.Auditing;

/// <summary>
/// Tells the Platform's outbox forwarder that a module committed audit rows. One per process (a singleton): the saves
/// between two forwarding rounds cost one wake-up, and a save pays only a flag check while one is already pending.
/// </summary>
public sealed class AuditOutboxSignal
{
    private readonly SemaphoreSlim announced = new(0);
    private int pending;

    /// <summary>Rows were committed to an outbox (call after the commit).</summary>
    public void Notify()
    {
        if (Volatile.Read(ref pending) == 1 || Interlocked.Exchange(ref pending, 1) == 1) return;
        announced.Release();
    }

    /// <summary>
    /// Waits for the next <see cref="Notify"/> (returns at once if one came since the last wait) or for
    /// <paramref name="timeout"/>. On return the flag is clear, so a commit that happens from here on announces itself
    /// again: read the outboxes only after this returns.
    /// </summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await announced.WaitAsync(timeout, cancellationToken);
        // A notify racing with a timeout may leave one extra count behind: that costs one empty round, nothing more.
        Volatile.Write(ref pending, 0);
    }
}
