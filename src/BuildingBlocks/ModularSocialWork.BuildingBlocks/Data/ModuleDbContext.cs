using Microsoft.EntityFrameworkCore;
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

    /// <summary>The module's schema (its manifest's <c>Schema</c>).</summary>
    protected abstract string Schema { get; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SqliteWriteGate.SaveChanges(this, () => base.SaveChanges(acceptAllChangesOnSuccess));

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SqliteWriteGate.SaveChangesAsync(this,
            () => base.SaveChanges(acceptAllChangesOnSuccess),
            () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);

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
        ModuleModelConventions.Apply(modelBuilder, Schema, Database);
        StationScopeFilter.Apply(modelBuilder, this);
    }
}
