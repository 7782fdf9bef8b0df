using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Data;
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
/// <remarks>
/// On SQL Server/PostgreSQL the waiting requests themselves take turns as the writer ("leader/follower"). On SQLite the
/// batches are written by the Platform file's writer thread (<see cref="SqliteWriteGate"/>) through
/// <see cref="SqliteAuditAppender"/>: in turn with the file's other saves, without handing a semaphore from request to
/// request through the thread-pool queue, and while one batch commits the next one gathers.
/// </remarks>
internal sealed class AuditAppendQueue(IServiceScopeFactory scopes, SqliteAuditAppender? sqlite)
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
        if (sqlite is not null)
        {
            ScheduleSqliteBatch();
            return await pending.Completion.Task;
        }

        await gate.WaitAsync(CancellationToken.None);
        try
        {
            // Another request may have written this row while we waited for the gate.
            while (!pending.Completion.Task.IsCompleted) await WriteNextBatchAsync(batch => AuditChainWriter.AppendBatchAsync(scopes, batch, CancellationToken.None));
        }
        finally
        {
            gate.Release();
        }

        return await pending.Completion.Task;
    }

    /// <summary>
    /// Links rows forwarded from module outboxes (<see cref="AuditOutboxForwarder"/>) in one transaction, in turn with the
    /// rows of this queue; those the chain already holds are skipped.
    /// </summary>
    public async Task AppendForwardedAsync(IReadOnlyList<AuditEntry> entries)
    {
        if (sqlite is not null)
        {
            await SqliteWriteGate.RunOnWriterThreadAsync(sqlite.ConnectionString, () => sqlite.Append(entries));
            return;
        }

        await gate.WaitAsync(CancellationToken.None);
        try
        {
            await AuditChainWriter.AppendBatchAsync(scopes, entries, CancellationToken.None);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>1 while a batch is queued on the SQLite writer thread and has not started taking rows yet.</summary>
    private int sqliteBatchQueued;

    private void ScheduleSqliteBatch()
    {
        if (Interlocked.Exchange(ref sqliteBatchQueued, 1) == 1) return;
        try
        {
            _ = SqliteWriteGate.RunOnWriterThreadAsync(sqlite!.ConnectionString, WriteSqliteBatch);
        }
        catch
        {
            // Nothing was queued (the Platform database could not even be named): let the next row try again, instead
            // of every later row waiting for a batch that will never run.
            Volatile.Write(ref sqliteBatchQueued, 0);
            throw;
        }
    }

    /// <summary>
    /// One batch per turn of the writer thread, then queue the next turn behind the file's other saves: a steady stream
    /// of audit rows must not keep every other Platform write waiting.
    /// </summary>
    private void WriteSqliteBatch()
    {
        // Cleared before taking rows: a row queued from here on either is taken below or schedules a new turn.
        Volatile.Write(ref sqliteBatchQueued, 0);
        // Completes synchronously: the SQLite appender does not await.
        WriteNextBatchAsync(batch => Task.FromResult(sqlite!.Append(batch))).GetAwaiter().GetResult();
        if (!queue.IsEmpty) ScheduleSqliteBatch();
    }

    private async Task WriteNextBatchAsync(Func<IReadOnlyList<AuditEntry>, Task<IReadOnlyList<AuditEntry>>> append)
    {
        var batch = new List<Pending>();
        while (batch.Count < MaxBatch && queue.TryDequeue(out var next)) batch.Add(next);
        if (batch.Count == 0) return;

        try
        {
            // Not the caller's token: the rows of other requests are in this batch, and an audit row must not be lost
            // because one caller went away.
            var rows = await append(batch.ConvertAll(p => p.Entry));
            for (var i = 0; i < batch.Count; i++) batch[i].Completion.TrySetResult(rows[i]);
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One bad row must not fail the requests whose rows were fine: write them one by one.
            foreach (var pending in batch)
            {
                try
                {
                    var row = await append([pending.Entry]);
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
