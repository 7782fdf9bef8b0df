using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ModularSocialWork.BuildingBlocks.Data;

namespace ModularSocialWork.Modules.Platform.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's context without the host.</summary>
internal sealed class PlatformDesignTimeDbContextFactory :
    IDesignTimeDbContextFactory<PlatformSqliteDbContext>,
    IDesignTimeDbContextFactory<PlatformSqlServerDbContext>,
    IDesignTimeDbContextFactory<PlatformPostgresDbContext>
{
    PlatformSqliteDbContext IDesignTimeDbContextFactory<PlatformSqliteDbContext>.CreateDbContext(string[] args) =>
        new(Options<PlatformSqliteDbContext>(DatabaseProvider.Sqlite));

    PlatformSqlServerDbContext IDesignTimeDbContextFactory<PlatformSqlServerDbContext>.CreateDbContext(string[] args) =>
        new(Options<PlatformSqlServerDbContext>(DatabaseProvider.SqlServer));

    PlatformPostgresDbContext IDesignTimeDbContextFactory<PlatformPostgresDbContext>.CreateDbContext(string[] args) =>
        new(Options<PlatformPostgresDbContext>(DatabaseProvider.PostgreSql));

    private static DbContextOptions<T> Options<T>(DatabaseProvider provider) where T : DbContext =>
        ModuleDbContextOptions.DesignTime<T>(provider, PlatformDbContext.Schema);
}
