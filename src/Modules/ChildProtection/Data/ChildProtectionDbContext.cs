using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Data;

/// <summary>The only context type module code injects; the provider subclasses exist to carry their own migrations.</summary>
internal abstract class ChildProtectionDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string Schema => ChildProtectionModule.SchemaName;

    public DbSet<ChildProfile> Children => Set<ChildProfile>();
}

internal sealed class ChildProtectionSqliteDbContext(DbContextOptions<ChildProtectionSqliteDbContext> options) : ChildProtectionDbContext(options);

internal sealed class ChildProtectionSqlServerDbContext(DbContextOptions<ChildProtectionSqlServerDbContext> options) : ChildProtectionDbContext(options);

internal sealed class ChildProtectionPostgresDbContext(DbContextOptions<ChildProtectionPostgresDbContext> options) : ChildProtectionDbContext(options);
