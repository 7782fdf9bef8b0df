using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.Modules.Platform.Domain.Audit;

namespace ModularSocialWork.Modules.Platform.Features.Audit;

/// <summary>
/// Group commit for the audit chain. Every audited request must wait until its row is durable, and chain appends are
/// serial by nature (each row links to the previous one), so with one commit per row concurrent requests queued behind
/// each other's fsync — the record-visit benchmark spent most of its time there. Here a request enqueues its row and
/// waits for the gate; whoever holds the gate writes every row queued so far in one transaction and completes them all,
/// so N concurrent requests cost one commit instead of N. A request still returns only after its own row is committed,
/// and when a batch fails its rows are retried one by one, so only a request whose own row cannot be written fails
/// (nothing is reported as audited that is not).
/// </summary>
/// <remarks>No background thread: the waiting requests themselves take turns as the writer ("leader/follower").</remarks>
internal sealed class AuditAppendQueue(IServiceScopeFactory scopes)
{
    /// <summary>Largest batch in one transaction; keeps a commit short when a burst queues thousands of rows.</summary>
    internal const int MaxBatch = 256;

    private readonly ConcurrentQueue<Pending> queue = new();
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Returns once <paramref name="entry"/> is committed as a link of the chain.</summary>
    /// <remarks>Deliberately not cancellable: once queued, the row is written with the next batch anyway.</remarks>
    public async Task<AuditEntry> AppendAsync(AuditEntry entry)
    {
        var pending = new Pending(entry);
        queue.Enqueue(pending);
        await gate.WaitAsync(CancellationToken.None);
        try
        {
            // Another request may have written this row while we waited for the gate.
            while (!pending.Completion.Task.IsCompleted) await WriteNextBatchAsync();
        }
        finally
        {
            gate.Release();
        }

        return await pending.Completion.Task;
    }

    private async Task WriteNextBatchAsync()
    {
        var batch = new List<Pending>();
        while (batch.Count < MaxBatch && queue.TryDequeue(out var next)) batch.Add(next);
        if (batch.Count == 0) return;

        try
        {
            // Not the caller's token: the rows of other requests are in this batch, and an audit row must not be lost
            // because one caller went away.
            var rows = await AuditChainWriter.AppendBatchAsync(scopes, batch.ConvertAll(p => p.Entry), CancellationToken.None);
            for (var i = 0; i < batch.Count; i++) batch[i].Completion.TrySetResult(rows[i]);
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One bad row must not fail the requests whose rows were fine: write them one by one.
            foreach (var pending in batch)
            {
                try
                {
                    var row = await AuditChainWriter.AppendBatchAsync(scopes, [pending.Entry], CancellationToken.None);
                    pending.Completion.TrySetResult(row[0]);
                }
                catch (Exception ex)
                {
                    pending.Completion.TrySetException(ex);
                }
            }
        }
        catch (Exception ex)
        {
            batch[0].Completion.TrySetException(ex);
        }
    }

    private sealed record Pending(AuditEntry Entry)
    {
        public TaskCompletionSource<AuditEntry> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
