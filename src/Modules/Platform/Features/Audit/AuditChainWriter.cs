using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain.Audit;

namespace ModularSocialWork.Modules.Platform.Features.Audit;

/// <summary>
/// Appends one row to the hash chain, correct with several hosts on one database and concurrent requests: read the
/// head, insert row <c>LastSequence + 1</c> linked to <c>LastHash</c>, move the head — one transaction, guarded by the
/// head's concurrency token and the sequence primary key. A concurrent append makes one of them fail; it retries.
/// </summary>
internal static class AuditChainWriter
{
    public const int MaxAttempts = 20;

    // SQLite allows one writer per file anyway; queueing here keeps retries (and busy waits) away from the database.
    // Static: all hosts of one process share it, which only costs a little concurrency in tests.
    internal static readonly SemaphoreSlim SqliteGate = new(1, 1);

    /// <summary>
    /// Appends a copy of <paramref name="entry"/> (Sequence, PreviousHash and Hash are assigned here) and returns the
    /// stored row. See <see cref="AppendBatchAsync"/>.
    /// </summary>
    public static async Task<AuditEntry> AppendAsync(IServiceScopeFactory scopes, AuditEntry entry, CancellationToken cancellationToken) =>
        (await AppendBatchAsync(scopes, [entry], cancellationToken))[0];

    /// <summary>
    /// Appends copies of <paramref name="entries"/> in their order as consecutive links of the chain, in ONE transaction
    /// (one durable commit for the whole batch — see <see cref="AuditAppendQueue"/>), each attempt with a fresh
    /// <see cref="PlatformDbContext"/> from a new scope, and returns the stored rows in the same order. Entries forwarded
    /// from a module outbox that the chain already holds (same <see cref="AuditEntry.OutboxId"/>) are left out.
    /// </summary>
    public static async Task<IReadOnlyList<AuditEntry>> AppendBatchAsync(
        IServiceScopeFactory scopes, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0) return [];
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var gated = db.Database.UsesSqlite();
            if (gated) await SqliteGate.WaitAsync(cancellationToken);
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await LockHeadAsync(db, cancellationToken);
                var head = await Head(db);

                var fresh = await NotYetLinkedAsync(db, entries, cancellationToken);
                if (fresh.Count == 0) return [];
                var rows = Link(fresh, head.LastSequence, head.LastHash);
                db.AuditEntries.AddRange(rows);
                head.LastSequence = rows[^1].Sequence;
                head.LastHash = rows[^1].Hash;

                head.Version = Guid.NewGuid();
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return rows;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // DbUpdateConcurrencyException: another append moved the head first. Any other DbUpdateException here is
                // almost always the sequence key taken by a concurrent append (provider-specific unique violation).
            }
            finally
            {
                if (gated) SqliteGate.Release();
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 + attempt * 2)), cancellationToken);
        }
    }

    /// <summary>
    /// On SQL Server/PostgreSQL, a no-op update takes the head's row lock first, so concurrent appends (from any host)
    /// queue on the database instead of all reading the same head and all but one failing; the read that follows sees
    /// the latest committed head (read committed). SQLite's write transaction already holds the file's only write lock.
    /// </summary>
    internal static Task LockHeadAsync(PlatformDbContext db, CancellationToken cancellationToken) =>
        db.Database.UsesSqlite()
            ? Task.CompletedTask
            : db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId)
                .ExecuteUpdateAsync(set => set.SetProperty(h => h.LastSequence, h => h.LastSequence), cancellationToken);

    /// <summary>
    /// <paramref name="entries"/> without the forwarded ones already in the chain, read inside the append's transaction
    /// after the head lock, so a second host forwarding the same rows at the same time finds them (the unique index on
    /// <see cref="AuditEntry.OutboxId"/> refuses them anyway).
    /// </summary>
    private static async Task<IReadOnlyList<AuditEntry>> NotYetLinkedAsync(PlatformDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var forwarded = entries.Where(e => e.OutboxId is not null).Select(e => e.OutboxId!.Value).ToList();
        if (forwarded.Count == 0) return entries;
        var linked = (await db.AuditEntries.Where(e => e.OutboxId != null && forwarded.Contains(e.OutboxId.Value))
            .Select(e => e.OutboxId!.Value).ToListAsync(cancellationToken)).ToHashSet();
        return linked.Count == 0 ? entries : entries.Where(e => e.OutboxId is not { } id || !linked.Contains(id)).ToList();
    }

    /// <summary>The chain head, tracked; compiled once since every audited request reads it (one batch at a time).</summary>
    private static readonly Func<PlatformDbContext, Task<AuditChainHead>> Head = CompiledQueries.PerModel<PlatformDbContext, Task<AuditChainHead>>(() =>
        EF.CompileAsyncQuery((PlatformDbContext db) => db.AuditChainHeads.Single(h => h.Id == AuditChainHead.SingletonId)));

    /// <summary>
    /// Copies of <paramref name="entries"/> as the next links after the head (<paramref name="lastSequence"/>,
    /// <paramref name="lastHash"/>): consecutive sequences, each row's PreviousHash the hash of the one before, each
    /// hash computed. Every append path (this one, <see cref="SqliteAuditAppender"/>) links through here.
    /// </summary>
    internal static List<AuditEntry> Link(IReadOnlyList<AuditEntry> entries, long lastSequence, string lastHash)
    {
        var rows = new List<AuditEntry>(entries.Count);
        foreach (var entry in entries)
        {
            var row = Copy(entry);
            row.Sequence = ++lastSequence;
            row.PreviousHash = lastHash;
            row.Hash = lastHash = AuditHash.Compute(row);
            rows.Add(row);
        }

        return rows;
    }

    private static AuditEntry Copy(AuditEntry e) => new()
    {
        At = e.At,
        UserName = e.UserName,
        Role = e.Role,
        StationId = e.StationId,
        Action = e.Action,
        EntityType = e.EntityType,
        EntityId = e.EntityId,
        Outcome = e.Outcome,
        Detail = e.Detail,
        ClientIp = e.ClientIp,
        RequestId = e.RequestId,
        OutboxId = e.OutboxId,
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };
}
