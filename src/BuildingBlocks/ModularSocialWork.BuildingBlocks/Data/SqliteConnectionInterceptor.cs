using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>
/// Microsoft.Data.Sqlite leaves busy_timeout at 0 and sleeps 150 ms on SQLITE_BUSY, stalling thread-pool threads under
/// concurrent writers (STACK.md). Set busy_timeout and synchronous on every opened connection; WAL is persistent per file
/// and set once when the database is created (see <see cref="ModuleMigrator"/>), but setting it again is cheap and safe.
/// </summary>
public sealed class SqliteConnectionInterceptor(string synchronous) : DbConnectionInterceptor
{
    private readonly string pragmas = $"PRAGMA busy_timeout=5000; PRAGMA synchronous={synchronous}; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
