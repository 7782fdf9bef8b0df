using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Data;

/// <summary>The only context type module code injects; the provider subclasses exist to carry their own migrations.</summary>
internal abstract class ChildProtectionDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string Schema => ChildProtectionModule.SchemaName;

    // Audited commands' rows are committed with the module's changes and forwarded to the Platform's chain (needs the
    // AuditOutbox table in the migrations).
    protected override bool KeepsAuditOutbox => true;

    public DbSet<ChildProfile> Children => Set<ChildProfile>();
    public DbSet<ChildContact> ChildContacts => Set<ChildContact>();
    public DbSet<ChildCase> Cases => Set<ChildCase>();
    public DbSet<CaseTransition> CaseTransitions => Set<CaseTransition>();
    public DbSet<CaseFollowUp> FollowUps => Set<CaseFollowUp>();
    public DbSet<CategoryCadence> Cadences => Set<CategoryCadence>();
    public DbSet<ChildVisitPlan> VisitPlans => Set<ChildVisitPlan>();
    public DbSet<ChildVisitRecord> VisitRecords => Set<ChildVisitRecord>();
    public DbSet<ChildVisitReminder> VisitReminders => Set<ChildVisitReminder>();
    public DbSet<ChildSweepWatermark> SweepWatermarks => Set<ChildSweepWatermark>();
    public DbSet<ChildReferral> Referrals => Set<ChildReferral>();
}

internal sealed class ChildProtectionSqliteDbContext(DbContextOptions<ChildProtectionSqliteDbContext> options) : ChildProtectionDbContext(options);

internal sealed class ChildProtectionSqlServerDbContext(DbContextOptions<ChildProtectionSqlServerDbContext> options) : ChildProtectionDbContext(options);

internal sealed class ChildProtectionPostgresDbContext(DbContextOptions<ChildProtectionPostgresDbContext> options) : ChildProtectionDbContext(options);
