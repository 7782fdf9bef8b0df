using Microsoft.Extensions.Configuration;
using ModularSocialWork.BuildingBlocks.Modules;

namespace ModularSocialWork.BuildingBlocks.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>
/// <c>Database:Provider</c>, <c>Database:DataDirectory</c>, <c>Database:SqliteSynchronous</c> and
/// <c>ConnectionStrings:Default</c>, validated once at start-up.
/// </summary>
public sealed class DatabaseSettings
{
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite only: one file per module lives here.</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>SQLite only: FULL (default, durable on power loss) or NORMAL.</summary>
    public string SqliteSynchronous { get; init; } = "FULL";

    /// <summary>SQL Server / PostgreSQL: one database shared by every module (one schema each).</summary>
    public string? ConnectionString { get; init; }

    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection("Database");
        var providerText = section["Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new StartupConfigurationException(
                $"Database:Provider '{providerText}' is not supported. Use Sqlite, SqlServer or PostgreSql.");
        }

        var connectionString = configuration.GetConnectionString("Default");
        if (provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StartupConfigurationException(
                $"Database:Provider is {provider} but ConnectionStrings:Default is empty. Set it to the shared database.");
        }

        var dataDirectory = section["DataDirectory"];
        dataDirectory = string.IsNullOrWhiteSpace(dataDirectory) ? "data" : dataDirectory;
        if (!Path.IsPathRooted(dataDirectory)) dataDirectory = Path.Combine(contentRoot, dataDirectory);

        var synchronous = (section["SqliteSynchronous"] ?? "FULL").ToUpperInvariant();
        if (synchronous is not ("FULL" or "NORMAL" or "EXTRA"))
        {
            throw new StartupConfigurationException($"Database:SqliteSynchronous '{synchronous}' must be FULL, NORMAL or EXTRA.");
        }

        return new DatabaseSettings
        {
            Provider = provider,
            DataDirectory = Path.GetFullPath(dataDirectory),
            SqliteSynchronous = synchronous,
            ConnectionString = connectionString,
        };
    }

    public string SqliteFile(string schema) => Path.Combine(DataDirectory, schema + ".db");
}
