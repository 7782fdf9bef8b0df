using Microsoft.EntityFrameworkCore;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain.Audit;

namespace ModularSocialWork.Modules.Platform.Features.Audit;

/// <summary>The outcome of walking the chain: the first broken link, if any, and why.</summary>
internal sealed record AuditVerification(bool Valid, long CheckedCount, long? FirstBrokenSequence, string? Reason)
{
    public const string HashMismatch = "hash-mismatch";
    public const string PreviousHashMismatch = "previous-hash-mismatch";
    public const string SequenceGap = "sequence-gap";
    public const string HeadMismatch = "head-mismatch";

    /// <summary>Chinese explanation for the viewer and the command line.</summary>
    public string Explanation => Reason switch
    {
        null => $"审计日志完整，共校验 {CheckedCount} 条记录。",
        HashMismatch => $"第 {FirstBrokenSequence} 条记录的内容被修改（哈希不符）。",
        PreviousHashMismatch => $"第 {FirstBrokenSequence} 条记录与前一条不衔接（前一条被删除、替换或顺序被调换）。",
        SequenceGap => $"缺少第 {FirstBrokenSequence} 条记录（记录被删除）。",
        HeadMismatch => $"日志末尾与链头不符：第 {FirstBrokenSequence} 条起的记录缺失或被替换。",
        _ => Reason,
    };
}

/// <summary>
/// Walks the audit chain in sequence order, in batches (never the whole table in memory), recomputing every hash:
/// a changed row fails its own hash; a removed or reordered row breaks the next row's previous-hash link; a deleted row
/// leaves a sequence gap; rows cut off the end no longer match the chain head.
/// </summary>
internal sealed class AuditChainVerifier(PlatformDbContext db)
{
    public const int BatchSize = 1000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        // The head is read first: rows appended while we walk are beyond it and are left for the next run.
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        var expectedSequence = head.AnchorSequence;
        var expectedPrevious = head.AnchorHash;
        long checkedCount = 0;
        var after = head.AnchorSequence - 1;

        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > after && e.Sequence <= head.LastSequence)
                .OrderBy(e => e.Sequence)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0) break;

            foreach (var entry in batch)
            {
                if (entry.Sequence != expectedSequence)
                {
                    return new AuditVerification(false, checkedCount, expectedSequence, AuditVerification.SequenceGap);
                }

                if (!string.Equals(AuditHash.Compute(entry), entry.Hash?.Trim(), StringComparison.Ordinal))
                {
                    return new AuditVerification(false, checkedCount, entry.Sequence, AuditVerification.HashMismatch);
                }

                if (!string.Equals(entry.PreviousHash?.Trim(), expectedPrevious, StringComparison.Ordinal))
                {
                    return new AuditVerification(false, checkedCount, entry.Sequence, AuditVerification.PreviousHashMismatch);
                }

                checkedCount++;
                expectedSequence = entry.Sequence + 1;
                expectedPrevious = entry.Hash!.Trim();
            }

            after = batch[^1].Sequence;
            db.ChangeTracker.Clear();
        }

        // Rows cut off the end (or a head that moved without its rows) show here.
        if (expectedSequence != head.LastSequence + 1)
        {
            return new AuditVerification(false, checkedCount, expectedSequence, AuditVerification.SequenceGap);
        }

        if (!string.Equals(expectedPrevious, head.LastHash.Trim(), StringComparison.Ordinal))
        {
            return new AuditVerification(false, checkedCount, head.LastSequence, AuditVerification.HeadMismatch);
        }

        return new AuditVerification(true, checkedCount, null, null);
    }
}
