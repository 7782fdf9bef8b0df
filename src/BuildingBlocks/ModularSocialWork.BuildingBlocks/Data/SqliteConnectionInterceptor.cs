using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>
/// Microsoft.Data.Sqlite leaves busy_timeout at 0 and sleeps 150 ms on SQLITE_BUSY, stalling thread-pool threads under
/// concurrent writers (STACK.md). Set busy_timeout and synchronous on every physical connection; WAL is persistent per file
/// and set once when the database is created (see <see cref="ModuleMigrator"/>).
/// </summary>
/// <remarks>
/// These pragmas belong to the native connection, which the pool keeps open between uses, so they run once per native
/// handle rather than on every <c>Open</c>: a request opens a pooled connection for each query, and re-running them
/// cost one extra statement per query (found by the record-visit benchmark).
/// </remarks>
public sealed class SqliteConnectionInterceptor(string synchronous) : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<object, string> Initialized = new();

    private readonly string pragmas = $"PRAGMA busy_timeout=5000; PRAGMA synchronous={synchronous}; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    /// <summary>Sets the pragmas on an open connection that EF did not open (a raw connection of the host's own).</summary>
    public void Apply(DbConnection connection)
    {
        if (IsInitialized(connection, out var handle)) return;
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
        Remember(handle);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsInitialized(connection, out var handle)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Remember(handle);
    }

    private bool IsInitialized(DbConnection connection, out object? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is not null && Initialized.TryGetValue(handle, out var applied) && applied == pragmas;
    }

    private void Remember(object? handle)
    {
        if (handle is not null) Initialized.AddOrUpdate(handle, pragmas);
    }
}
