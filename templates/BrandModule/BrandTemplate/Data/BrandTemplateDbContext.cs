using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.Modules.Brands.BrandTemplate.Domain;

namespace ModularSocialWork.Modules.Brands.BrandTemplate.Data;

/// <summary>The only context type module code injects; the provider subclasses carry their own migrations.</summary>
internal abstract class BrandTemplateDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string Schema => BrandTemplateModule.SchemaName;

    // Audited commands' rows are committed with the module's changes and forwarded to the Platform's chain (needs the
    // AuditOutbox table in the migrations).
    protected override bool KeepsAuditOutbox => true;

    public DbSet<ServiceRecord> Services => Set<ServiceRecord>();
}

internal sealed class BrandTemplateSqliteDbContext(DbContextOptions<BrandTemplateSqliteDbContext> options) : BrandTemplateDbContext(options);

internal sealed class BrandTemplateSqlServerDbContext(DbContextOptions<BrandTemplateSqlServerDbContext> options) : BrandTemplateDbContext(options);

internal sealed class BrandTemplatePostgresDbContext(DbContextOptions<BrandTemplatePostgresDbContext> options) : BrandTemplateDbContext(options);

internal sealed class ServiceRecordConfiguration : IEntityTypeConfiguration<ServiceRecord>
{
    public void Configure(EntityTypeBuilder<ServiceRecord> b)
    {
        b.ToTable("ServiceRecords");
        b.Property(s => s.Title).HasMaxLength(200);
        b.HasIndex(s => new { s.StationId, s.Date });
    }
}

/// <summary>Lets <c>dotnet ef</c> (and the tests) build each provider context without a server.</summary>
internal sealed class BrandTemplateDesignTimeDbContextFactory :
    IDesignTimeDbContextFactory<BrandTemplateSqliteDbContext>,
    IDesignTimeDbContextFactory<BrandTemplateSqlServerDbContext>,
    IDesignTimeDbContextFactory<BrandTemplatePostgresDbContext>
{
    private const string Schema = BrandTemplateModule.SchemaName;

    BrandTemplateSqliteDbContext IDesignTimeDbContextFactory<BrandTemplateSqliteDbContext>.CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<BrandTemplateSqliteDbContext>(DatabaseProvider.Sqlite, Schema));

    BrandTemplateSqlServerDbContext IDesignTimeDbContextFactory<BrandTemplateSqlServerDbContext>.CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<BrandTemplateSqlServerDbContext>(DatabaseProvider.SqlServer, Schema));

    BrandTemplatePostgresDbContext IDesignTimeDbContextFactory<BrandTemplatePostgresDbContext>.CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<BrandTemplatePostgresDbContext>(DatabaseProvider.PostgreSql, Schema));
}
