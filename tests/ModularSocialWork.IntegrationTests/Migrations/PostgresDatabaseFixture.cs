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

    public async Task DisposeAsync()
    {
        if (ConnectionString.Length == 0) return;
        // Pooled connections of the tests still hold the database open; FORCE ends any that remain.
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnMaintenanceDatabaseAsync($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)");
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
