using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.Modules.ElderlyCare.Data;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Policy;

/// <summary>
/// The county policy for the hot path (recording a visit), kept in memory where that is exact: on SQLite one host owns
/// the database file and every policy write runs in this process inside <see cref="BeginWrite"/>. On SQL Server /
/// PostgreSQL several hosts share the policy and another host's save would go unnoticed, so there it is read on every
/// call (two small queries) — correctness before a few percent of CPU.
/// </summary>
/// <remarks>
/// While a write is under way nothing is cached and every call reads the tables, which show the old policy until the
/// write commits and the new one after; a load that overlapped a write is used for its own call but not kept.
/// </remarks>
internal sealed class PolicyCache
{
    private readonly Lock sync = new();
    private PolicySnapshot? snapshot;
    private long generation;
    private int writers;

    public async Task<PolicySnapshot> GetAsync(ElderlyCareDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.UsesSqlite()) return await PolicySnapshot.LoadAsync(db, cancellationToken);

        long loadingGeneration;
        lock (sync)
        {
            if (snapshot is { } cached) return cached;
            loadingGeneration = generation;
        }

        var loaded = await PolicySnapshot.LoadAsync(db, cancellationToken);
        lock (sync)
        {
            if (writers == 0 && generation == loadingGeneration) snapshot = loaded;
        }

        return loaded;
    }

    /// <summary>Wrap every write of the policy tables (saving the policy, seeding the defaults) in this.</summary>
    public IDisposable BeginWrite()
    {
        lock (sync)
        {
            writers++;
            generation++;
            snapshot = null;
        }

        return new WriteScope(this);
    }

    private void EndWrite()
    {
        lock (sync)
        {
            writers--;
            generation++;
            snapshot = null;
        }
    }

    private sealed class WriteScope(PolicyCache cache) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) cache.EndWrite();
        }
    }
}
