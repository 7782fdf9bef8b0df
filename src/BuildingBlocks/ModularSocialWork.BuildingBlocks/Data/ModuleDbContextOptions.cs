using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>Provider set-up shared by run time and design time, so migrations are generated against the real configuration.</summary>
public static class ModuleDbContextOptions
{
    /// <summary>History table per module: in the module's schema on the servers, a distinct name on SQLite (no schemas).</summary>
    public static string HistoryTable(DatabaseProvider provider, string schema) =>
        provider == DatabaseProvider.Sqlite ? "__EFMigrationsHistory_" + schema : "__EFMigrationsHistory";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseSettings settings, string schema)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                SqliteLibrary.ConfigureOnce();
                options.UseSqlite($"Data Source={settings.SqliteFile(schema)};Pooling=True",
                    o => o.MigrationsHistoryTable(HistoryTable(settings.Provider, schema)).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                options.AddInterceptors(SqliteFunctionRegistration.Instance, new SqliteConnectionInterceptor(settings.SqliteSynchronous), SqliteStatementCache.Instance);
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(settings.ConnectionString,
                    o => o.MigrationsHistoryTable(HistoryTable(settings.Provider, schema), schema));
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(settings.ConnectionString,
                    o => o.MigrationsHistoryTable(HistoryTable(settings.Provider, schema), schema));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown database provider.");
        }

        options.ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning));
        return options;
    }

    /// <summary>Options for <c>dotnet ef</c> (no server needed to add a migration or script it).</summary>
    public static DbContextOptions<TContext> DesignTime<TContext>(DatabaseProvider provider, string schema) where TContext : DbContext
    {
        var settings = new DatabaseSettings
        {
            Provider = provider,
            DataDirectory = Path.GetTempPath(),
            ConnectionString = provider switch
            {
                DatabaseProvider.SqlServer => "Server=localhost;Database=ModularSocialWork;Trusted_Connection=True;TrustServerCertificate=True",
                DatabaseProvider.PostgreSql => "Host=localhost;Database=modular_social_work;Username=postgres",
                _ => null,
            },
        };
        var builder = new DbContextOptionsBuilder<TContext>();
        Configure(builder, settings, schema);
        return builder.Options;
    }
}
