using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.Modules.Brands.AntiFraud.Domain;

namespace ModularSocialWork.Modules.Brands.AntiFraud.Data;

/// <summary>The only context type module code injects; the provider subclasses carry their own migrations.</summary>
internal abstract class AntiFraudDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string Schema => AntiFraudBrandModule.SchemaName;

    // Audited commands' rows are committed with the module's changes and forwarded to the Platform's chain (needs the
    // AuditOutbox table in the migrations).
    protected override bool KeepsAuditOutbox => true;

    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
}

internal sealed class AntiFraudSqliteDbContext(DbContextOptions<AntiFraudSqliteDbContext> options) : AntiFraudDbContext(options);

internal sealed class AntiFraudSqlServerDbContext(DbContextOptions<AntiFraudSqlServerDbContext> options) : AntiFraudDbContext(options);

internal sealed class AntiFraudPostgresDbContext(DbContextOptions<AntiFraudPostgresDbContext> options) : AntiFraudDbContext(options);

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.ToTable("Activities");
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.Location).HasMaxLength(200);
        b.Property(a => a.Materials).HasMaxLength(500);
        b.HasIndex(a => new { a.StationId, a.Date });
        b.HasMany(a => a.Attendees).WithOne().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> b)
    {
        b.ToTable("Attendances");
        b.HasKey(x => new { x.ActivityId, x.ResidentId });
        b.Property(x => x.ResidentName).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasIndex(x => new { x.StationId, x.Date });
    }
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.ToTable("FollowUps");
        b.Property(x => x.ResidentName).HasMaxLength(100);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.Outcome).HasMaxLength(500);
        b.HasIndex(x => new { x.StationId, x.CompletedOn, x.DueDate });
    }
}

/// <summary>Lets <c>dotnet ef</c> (and the migration tests) build each provider context without a server.</summary>
internal sealed class AntiFraudDesignTimeDbContextFactory :
    IDesignTimeDbContextFactory<AntiFraudSqliteDbContext>,
    IDesignTimeDbContextFactory<AntiFraudSqlServerDbContext>,
    IDesignTimeDbContextFactory<AntiFraudPostgresDbContext>
{
    private const string Schema = AntiFraudBrandModule.SchemaName;

    AntiFraudSqliteDbContext IDesignTimeDbContextFactory<AntiFraudSqliteDbContext>.CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<AntiFraudSqliteDbContext>(DatabaseProvider.Sqlite, Schema));

    AntiFraudSqlServerDbContext IDesignTimeDbContextFactory<AntiFraudSqlServerDbContext>.CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<AntiFraudSqlServerDbContext>(DatabaseProvider.SqlServer, Schema));

    AntiFraudPostgresDbContext IDesignTimeDbContextFactory<AntiFraudPostgresDbContext>.CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<AntiFraudPostgresDbContext>(DatabaseProvider.PostgreSql, Schema));
}
