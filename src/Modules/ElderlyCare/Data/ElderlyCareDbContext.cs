using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Data;

/// <summary>The only context type module code injects; the provider subclasses exist to carry their own migrations.</summary>
internal abstract class ElderlyCareDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string Schema => ElderlyCareModule.SchemaName;

    public DbSet<ElderProfile> Elders => Set<ElderProfile>();
}

internal sealed class ElderlyCareSqliteDbContext(DbContextOptions<ElderlyCareSqliteDbContext> options) : ElderlyCareDbContext(options);

internal sealed class ElderlyCareSqlServerDbContext(DbContextOptions<ElderlyCareSqlServerDbContext> options) : ElderlyCareDbContext(options);

internal sealed class ElderlyCarePostgresDbContext(DbContextOptions<ElderlyCarePostgresDbContext> options) : ElderlyCareDbContext(options);
