using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Data;

/// <summary>The only context type module code injects; the provider subclasses exist to carry their own migrations.</summary>
internal abstract class ElderlyCareDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string Schema => ElderlyCareModule.SchemaName;

    // Audited commands' rows are committed with the module's changes and forwarded to the Platform's chain (needs the
    // AuditOutbox table in the migrations).
    protected override bool KeepsAuditOutbox => true;

    public DbSet<ElderProfile> Elders => Set<ElderProfile>();
    public DbSet<ElderContact> ElderContacts => Set<ElderContact>();
    public DbSet<TierRule> TierRules => Set<TierRule>();
    public DbSet<TierCadence> TierCadences => Set<TierCadence>();
    public DbSet<VisitPlan> VisitPlans => Set<VisitPlan>();
    public DbSet<VisitRecord> VisitRecords => Set<VisitRecord>();
    public DbSet<MajorEvent> MajorEvents => Set<MajorEvent>();
    public DbSet<VisitReminder> VisitReminders => Set<VisitReminder>();
    public DbSet<SweepWatermark> SweepWatermarks => Set<SweepWatermark>();
}

internal sealed class ElderlyCareSqliteDbContext(DbContextOptions<ElderlyCareSqliteDbContext> options) : ElderlyCareDbContext(options);

internal sealed class ElderlyCareSqlServerDbContext(DbContextOptions<ElderlyCareSqlServerDbContext> options) : ElderlyCareDbContext(options);

internal sealed class ElderlyCarePostgresDbContext(DbContextOptions<ElderlyCarePostgresDbContext> options) : ElderlyCareDbContext(options);
