using Microsoft.EntityFrameworkCore.Design;
using ModularSocialWork.BuildingBlocks.Data;

namespace ModularSocialWork.Modules.ChildProtection.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build each provider context with the run-time configuration (schema, history table) and no
/// server; the migration tests create contexts through it too.
/// </summary>
internal sealed class ChildProtectionDesignTimeDbContextFactory :
    IDesignTimeDbContextFactory<ChildProtectionSqliteDbContext>,
    IDesignTimeDbContextFactory<ChildProtectionSqlServerDbContext>,
    IDesignTimeDbContextFactory<ChildProtectionPostgresDbContext>
{
    private const string Schema = ChildProtectionModule.SchemaName;

    ChildProtectionSqliteDbContext IDesignTimeDbContextFactory<ChildProtectionSqliteDbContext>.CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<ChildProtectionSqliteDbContext>(DatabaseProvider.Sqlite, Schema));

    ChildProtectionSqlServerDbContext IDesignTimeDbContextFactory<ChildProtectionSqlServerDbContext>.CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<ChildProtectionSqlServerDbContext>(DatabaseProvider.SqlServer, Schema));

    ChildProtectionPostgresDbContext IDesignTimeDbContextFactory<ChildProtectionPostgresDbContext>.CreateDbContext(string[] args) =>
        new(ModuleDbContextOptions.DesignTime<ChildProtectionPostgresDbContext>(DatabaseProvider.PostgreSql, Schema));
}
