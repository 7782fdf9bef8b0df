using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>
/// Base of a module's abstract DbContext. A module derives <c>XDbContext : ModuleDbContext</c> and three sealed one-line
/// provider subclasses, each owning its own migrations in <c>Data/Migrations/&lt;Provider&gt;/</c> (STACK.md).
/// Contexts that must derive from something else (Identity) call <see cref="ModuleModelConventions"/> themselves.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IStationScopeSource
{
    /// <summary>The current request's station scope (everything for jobs and design time); see <see cref="DbContextLease"/>.</summary>
    protected IStationScope StationScope => StationScopeFilter.Resolve(this);

    public bool ScopeIsUnrestricted => StationScope.VisibleStationIds is null;

    public IReadOnlyCollection<Guid> ScopeStationIds => StationScope.VisibleStationIds ?? [];

    /// <summary>
    /// Whether the request's station scope includes <paramref name="stationId"/>: for a hot query that reads by id
    /// without the scope filter (<c>IgnoreQueryFilters</c>) and must then treat a record outside the scope as missing.
    /// </summary>
    public bool InScope(Guid stationId) => StationScope.CanSee(stationId);

    /// <summary>The module's schema (its manifest's <c>Schema</c>).</summary>
    protected abstract string Schema { get; }

    /// <summary>
    /// Whether this module keeps an audit outbox (<see cref="AuditOutboxMessage"/>, table <c>AuditOutbox</c> in its schema):
    /// then the success row of an audited command is committed in the same transaction as the command's changes and
    /// forwarded to the Platform's chain afterwards, instead of a second commit in the Platform database while the
    /// request waits. Off by default so a module built before the table existed keeps working; a module turning it on
    /// needs the table in its migrations (the brand-module template has both). Inside an explicit transaction the row
    /// commits or rolls back with that transaction, like the rest of the save.
    /// </summary>
    protected virtual bool KeepsAuditOutbox => false;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var outbox = EnlistAuditRow();
        if (outbox is null) return SqliteWriteGate.SaveChanges(this, () => base.SaveChanges(acceptAllChangesOnSuccess));
        try
        {
            var saved = SqliteWriteGate.SaveChanges(this, () => base.SaveChanges(acceptAllChangesOnSuccess));
            outbox.Value.Committed();
            return saved;
        }
        catch
        {
            outbox.Value.Withdraw(this);
            throw;
        }
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var outbox = EnlistAuditRow();
        var save = SqliteWriteGate.SaveChangesAsync(this,
            () => base.SaveChanges(acceptAllChangesOnSuccess),
            () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
        return outbox is null ? save : SavedWithAuditRow(save, outbox.Value);

        async Task<int> SavedWithAuditRow(Task<int> pending, AuditRowEnlistment enlisted)
        {
            try
            {
                var saved = await pending;
                enlisted.Committed();
                return saved;
            }
            catch
            {
                enlisted.Withdraw(this);
                throw;
            }
        }
    }

    /// <summary>Adds the waiting audited command's row to this save (see <see cref="KeepsAuditOutbox"/>), if there is one.</summary>
    private AuditRowEnlistment? EnlistAuditRow()
    {
        if (!KeepsAuditOutbox || DbContextLease.OutboxOf(this) is not { } outbox) return null;
        if (outbox.Pending.TakeFor(this, outbox.Clock.GetUtcNow()) is not { } row) return null;
        Set<AuditOutboxMessage>().Add(row);
        return new AuditRowEnlistment(outbox, row);
    }

    private readonly record struct AuditRowEnlistment(DbContextLease.OutboxServices Outbox, AuditOutboxMessage Row)
    {
        public void Committed()
        {
            Outbox.Pending.Committed(Row);
            Outbox.Signal.Notify();
        }

        /// <summary>The save failed: the row leaves with it, so a retried save carries it once.</summary>
        public void Withdraw(DbContext context) => context.Entry(Row).State = EntityState.Detached;
    }

    // Pooled: disposing returns the context to the pool; it must not keep the finished request's services.
    public override void Dispose()
    {
        DbContextLease.Detach(this);
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        DbContextLease.Detach(this);
        return base.DisposeAsync();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        ModuleModelConventions.ConfigureConventions(configurationBuilder, Database);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // One context per module assembly, so every configuration in the assembly belongs to it.
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
        if (KeepsAuditOutbox) AuditOutboxModel.Apply(modelBuilder);
        ModuleModelConventions.Apply(modelBuilder, Schema, Database);
        StationScopeFilter.Apply(modelBuilder, this);
    }
}
