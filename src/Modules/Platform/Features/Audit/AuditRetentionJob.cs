using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Jobs;
using ModularSocialWork.Modules.Platform.Data;

namespace ModularSocialWork.Modules.Platform.Features.Audit;

/// <summary><c>platform:audit-retention</c>, daily 03:00: purges rows older than <c>Audit:RetentionDays</c> and records that it did.</summary>
internal sealed class AuditRetentionJob(PlatformDbContext db, IAuditLog auditLog, AuditOptions options, TimeProvider clock) : IRecurringJob
{
    public const string Id = "platform:audit-retention";
    public const string Cron = "0 3 * * *";
    public const string Action = "Platform.Audit.Purge";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.RetentionDays);
        var purge = await AuditRetention.PurgeAsync(db, cutoff, cancellationToken);
        if (purge.Deleted == 0) return;
        await auditLog.WriteAsync(new AuditRecord(
            Action, "AuditEntry", null, AuditOutcome.Success,
            $"deleted {purge.Deleted} rows older than {options.RetentionDays} days (before {cutoff:O}); chain now starts at {purge.FirstKeptSequence}"),
            cancellationToken);
    }
}
