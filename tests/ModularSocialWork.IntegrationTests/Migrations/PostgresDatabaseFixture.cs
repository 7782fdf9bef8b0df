using Npgsql;
using Xunit;

namespace ModularSocialWork.IntegrationTests.Migrations;

/// <summary>
/// A fresh PostgreSQL database for one test run, dropped afterwards. Unreachable PostgreSQL is a failure, not a skip:
/// the CI script starts it, and a silently skipped check is no check.
/// </summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=msw_test;Password=msw_test";

    private readonly string databaseName = "msw_mig_" + Guid.NewGuid().ToString("N");

    public string ConnectionString { get; private set; } = "";

    private static string Server =>
        Environment.GetEnvironmentVariable("MSW_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultServer;

    public async Task InitializeAsync()
    {
        try
        {
            await ExecuteOnMaintenanceDatabaseAsync($"CREATE DATABASE \"{databaseName}\"");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            var where = new NpgsqlConnectionStringBuilder(Server) { Password = null };
            throw new InvalidOperationException(
                $"PostgreSQL is needed for the migration tests but is not reachable at '{where}'. Start it (see STACK.md: " +
                "pg_ctlcluster 15 main start, role msw_test) or point MSW_TEST_POSTGRES at a server.", ex);
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(Server) { Database = databaseName }.ConnectionString;
    }

    /// <summary>Hosts on one server database must share the personal-data key; any valid one (32 bytes, base64) will do.</summary>
    public const string PersonalDataKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    /// <summary>Configuration for an in-process host (<c>TestHost</c>) on this database.</summary>
    public Dictionary<string, string?> HostSettings() => new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:Default"] = ConnectionString,
        ["Security:PersonalDataKey"] = PersonalDataKey,
    };

    /// <summary>Migrates this database with the real host's <c>migrate</c> command, as an operator would (idempotent).</summary>
    public async Task MigrateWithHostAsync()
    {
        var migrate = await Support.HostProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Default"] = ConnectionString,
            ["Security__PersonalDataKey"] = PersonalDataKey,
        }, "migrate");
        Assert.True(migrate.ExitCode == 0, migrate.StandardError + migrate.StandardOutput);
    }

    public async Task DisposeAsync()
    {
        if (ConnectionString.Length == 0) return;
        // Pooled connections of the tests still hold the database open; FORCE ends any that remain.
        NpgsqlConnection.ClearAllPools();
        // A host of the test (e.g. Hangfire's PostgreSQL server) may reconnect while the database is dropped; FORCE then
        // races with it. Try again, and never fail a passing run over a throw-away database: a leftover msw_* database
        // is only garbage, and it is named so it can be found and dropped by hand.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnMaintenanceDatabaseAsync($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt)); // back-off between drop attempts, not a wait for a result
            }
            catch (PostgresException ex)
            {
                Console.Error.WriteLine($"could not drop test database {databaseName}: {ex.MessageText}");
                return;
            }
        }
    }

    private static async Task ExecuteOnMaintenanceDatabaseAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
