using Microsoft.EntityFrameworkCore;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>
/// Base of a module's abstract DbContext. A module derives <c>XDbContext : ModuleDbContext</c> and three sealed one-line
/// provider subclasses, each owning its own migrations in <c>Data/Migrations/&lt;Provider&gt;/</c> (STACK.md).
/// Contexts that must derive from something else (Identity) call <see cref="ModuleModelConventions"/> themselves.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The module's schema (its manifest's <c>Schema</c>).</summary>
    protected abstract string Schema { get; }

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
    }
}
