using Microsoft.EntityFrameworkCore;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain.Audit;

namespace ModularSocialWork.Modules.Platform.Features.Audit;

/// <summary>
/// Purges audit rows past the retention period from the old end of the chain, and moves the chain's anchor to the first
/// row kept so verification still passes. Only a prefix of the chain whose every row is older than the cut-off is
/// removed: a row younger than the retention is never deleted, even if an older-looking row follows it (clock skew
/// between hosts).
/// </summary>
internal static class AuditRetention
{
    public sealed record Purge(long Deleted, long? FirstKeptSequence);

    public static async Task<Purge> PurgeAsync(PlatformDbContext db, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var gated = db.Database.IsSqlite();
            if (gated) await AuditChainWriter.SqliteGate.WaitAsync(cancellationToken);
            try
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await AuditChainWriter.LockHeadAsync(db, cancellationToken);
                var head = await db.AuditChainHeads.SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);

                // The first row that must stay: the oldest one that is not past the cut-off (or the next one to come).
                var firstYoung = await db.AuditEntries.Where(e => e.At >= cutoff)
                    .OrderBy(e => e.Sequence).Select(e => (long?)e.Sequence).FirstOrDefaultAsync(cancellationToken)
                    ?? head.LastSequence + 1;
                if (firstYoung <= head.AnchorSequence) return new Purge(0, head.AnchorSequence);

                var lastPurged = await db.AuditEntries.Where(e => e.Sequence == firstYoung - 1)
                    .Select(e => new { e.Hash, e.At }).SingleAsync(cancellationToken);
                if (lastPurged.At >= cutoff) throw new InvalidOperationException("audit retention: refusing to delete a row inside the retention period");

                var deleted = await db.AuditEntries
                    .Where(e => e.Sequence < firstYoung && e.At < cutoff)
                    .ExecuteDeleteAsync(cancellationToken);

                head.AnchorSequence = firstYoung;
                head.AnchorHash = lastPurged.Hash;
                head.Version = Guid.NewGuid();
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new Purge(deleted, firstYoung);
            }
            catch (DbUpdateConcurrencyException) when (attempt < AuditChainWriter.MaxAttempts)
            {
                // An append moved the head meanwhile; the transaction rolled back, so nothing was deleted. Try again.
            }
            finally
            {
                if (gated) AuditChainWriter.SqliteGate.Release();
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 + attempt * 2)), cancellationToken);
        }
    }
}
