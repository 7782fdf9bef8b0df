using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>
/// One writer at a time per SQLite file, queued in process. SQLite admits a single writer per file; without this, the
/// others poll through SQLite's busy handler, which sleeps 1, 2, 5, 10 … ms between tries and so misses most of the
/// moments the lock is free — under 16 concurrent visit recordings most of the request time went to that sleeping (the
/// record-visit benchmark). Queued on a <see cref="SemaphoreSlim"/>, the next writer starts the moment the previous one
/// commits.
/// </summary>
/// <remarks>
/// Only for <c>SaveChanges</c> without an explicit transaction: a transaction may already hold the file's write lock, and
/// making it wait for a writer that waits for that lock would deadlock; such work (the reminder sweep, the audit chain
/// with its own gate) keeps relying on busy_timeout. Other processes on the same file (an operator command next to the
/// host) likewise still meet the busy handler. Server databases are never gated.
/// </remarks>
public static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static async Task<int> SaveChangesAsync(DbContext context, Func<Task<int>> save, CancellationToken cancellationToken)
    {
        if (GateFor(context) is not { } gate) return await save();
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await save();
        }
        finally
        {
            gate.Release();
        }
    }

    public static int SaveChanges(DbContext context, Func<int> save)
    {
        if (GateFor(context) is not { } gate) return save();
        gate.Wait();
        try
        {
            return save();
        }
        finally
        {
            gate.Release();
        }
    }

    private static SemaphoreSlim? GateFor(DbContext context)
    {
        if (context.Database.CurrentTransaction is not null || !context.Database.IsSqlite()) return null;
        var file = context.Database.GetConnectionString();
        return string.IsNullOrEmpty(file) ? null : Gates.GetOrAdd(file, _ => new SemaphoreSlim(1, 1));
    }
}
