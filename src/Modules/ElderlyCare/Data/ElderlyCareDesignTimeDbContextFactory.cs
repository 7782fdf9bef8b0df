using Microsoft.EntityFrameworkCore.Design;
using ModularSocialWork.BuildingBlocks.Data;

namespace ModularSocialWork.Modules.ElderlyCare.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build each provider context with the run-time configuration (schema, history table) and no
/// server; the migration tests create contexts through it too.
/// </summary>
internal sealed class ElderlyCareDesignTimeDbContextFactory :
    IDesignTimeDbContextFactory<ElderlyCareSqliteDbContext>,
    IDesignTimeDbContextFactory<ElderlyCareSqlServerDbContext>,
    IDesignTimeDbContextFactory<ElderlyCarePostgresDbContext>
{
    private const string Schema = ElderlyCareModule.SchemaName;

    ElderlyCareSqliteDbContext IDesignTimeDbContextFactory<ElderlyCareSqliteDbContext>.CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<ElderlyCareSqliteDbContext>(DatabaseProvider.Sqlite, Schema));

    ElderlyCareSqlServerDbContext IDesignTimeDbContextFactory<ElderlyCareSqlServerDbContext>.CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<ElderlyCareSqlServerDbContext>(DatabaseProvider.SqlServer, Schema));

    ElderlyCarePostgresDbContext IDesignTimeDbContextFactory<ElderlyCarePostgresDbContext>.CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<ElderlyCarePostgresDbContext>(DatabaseProvider.PostgreSql, Schema));
}
