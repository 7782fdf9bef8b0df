using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.Modules.Platform.Domain.Audit;

namespace ModularSocialWork.Modules.Platform.Features.Audit;

/// <summary>
/// Links the audit rows that modules committed with their own changes (<see cref="AuditOutboxMessage"/>) into the hash
/// chain, then removes them from the module's outbox. Runs in the background: woken by the modules' saves, it lingers
/// <see cref="Linger"/> so one round takes many rows (one chain commit and one outbox delete per round instead of one
/// per request), and looks every <see cref="Sweep"/> anyway for rows nobody announced (a host that stopped before
/// forwarding, an operator command). Readers of the chain call <see cref="FlushAsync"/> first, so the audit viewer never
/// misses a committed change.
/// </summary>
/// <remarks>
/// Safe to repeat and to run on several hosts at once: a row is appended with its outbox id, which the chain holds
/// unique, and one the chain already has is skipped — so a crash between the append and the outbox delete, or two
/// hosts forwarding the same module database, links each row exactly once. Rows keep the time they were committed
/// (<see cref="AuditEntry.At"/>); their place in the chain is when they were forwarded.
/// </remarks>
internal sealed class AuditOutboxForwarder(
    IServiceScopeFactory scopes,
    IEnumerable<ModuleDatabaseDescriptor> modules,
    AuditAppendQueue chain,
    AuditOutboxSignal signal,
    ILogger<AuditOutboxForwarder> logger) : BackgroundService
{
    /// <summary>Rows per round and module: one chain transaction, one outbox delete.</summary>
    internal const int BatchSize = 256;

    internal static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(200);
    internal static readonly TimeSpan Sweep = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim oneRoundAtATime = new(1, 1);

    // Module contexts without an outbox (and the Platform's own) are learnt once and skipped afterwards.
    private readonly Dictionary<Type, bool> keepsOutbox = [];

    /// <summary>Forwards every row committed to an outbox before this call; returns when they are in the chain.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await oneRoundAtATime.WaitAsync(cancellationToken);
        try
        {
            await ForwardAllAsync(cancellationToken);
        }
        finally
        {
            oneRoundAtATime.Release();
        }
    }

    /// <summary>
    /// <see cref="FlushAsync"/> for a reader of the chain: a failure (a module database unreachable) is logged and the
    /// reader goes on with the rows already linked.
    /// </summary>
    public async Task TryFlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not forward the module outboxes before reading the audit chain.");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield first: start-up must not wait for the first round.
        await Task.Yield();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FlushAsync(stoppingToken);
                failures = 0;
                await signal.WaitAsync(Sweep, stoppingToken);
                await Task.Delay(Linger, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The rows stay in their outbox; try again, backing off while the failure lasts (a database restart).
                failures++;
                logger.LogError(ex, "Forwarding audit rows from the module outboxes failed ({Failures} in a row); retrying.", failures);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, failures * 2)), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        // Stopping: what was committed meanwhile goes to the chain now rather than at the next start.
        try
        {
            using var shortly = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await FlushAsync(shortly.Token);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Audit rows left in the module outboxes at shutdown; the next start forwards them.");
        }
    }

    private async Task ForwardAllAsync(CancellationToken cancellationToken)
    {
        foreach (var module in modules)
        {
            if (keepsOutbox.TryGetValue(module.ContextType, out var keeps) && !keeps) continue;
            while (await ForwardBatchAsync(module, cancellationToken) == BatchSize)
            {
            }
        }
    }

    /// <summary>Forwards up to <see cref="BatchSize"/> of the module's oldest rows; returns how many it took.</summary>
    private async Task<int> ForwardBatchAsync(ModuleDatabaseDescriptor module, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService(module.ContextType) is not DbContext db) return 0;
        var keeps = keepsOutbox[module.ContextType] = db.Model.FindEntityType(typeof(AuditOutboxMessage)) is not null;
        if (!keeps) return 0;

        var outbox = db.Set<AuditOutboxMessage>();
        var rows = await outbox.AsNoTracking().OrderBy(m => m.At).ThenBy(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (rows.Count == 0) return 0;

        // Not cancellable from here: the rows are linked and removed together, or retried next round.
        await chain.AppendForwardedAsync(rows.ConvertAll(row => AuditEntry.From(row, row.Id)));

        // By id, one statement: rows committed meanwhile may sort before these (their time is taken before their commit).
        // Another host may have removed some already; removing nothing is fine. On SQLite on the file's writer thread, in
        // turn with the module's saves rather than polling SQLite's busy handler.
        var ids = rows.ConvertAll(row => row.Id);
        if (db.Database.UsesSqlite())
            await SqliteWriteGate.RunOnWriterThreadAsync(db.Database.GetConnectionString()!, () => outbox.Where(m => ids.Contains(m.Id)).ExecuteDelete());
        else
            await outbox.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(CancellationToken.None);

        return rows.Count;
    }
}
