using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>
/// Keeps EF's prepared SQLite statements between commands, per native connection. Microsoft.Data.Sqlite compiles the SQL
/// of every new command again (<c>sqlite3_prepare_v2</c>; it has no statement cache, efcore#14044) and EF creates a new
/// command for every execution, so the same few statements were parsed and planned on every request: preparing the
/// record-visit read alone took about 80 µs of CPU (issue 4), executing it prepared about 9.
/// </summary>
/// <remarks>
/// <para>
/// How: when EF disposes a query's data reader (after the reader has reset its statements), the command's statements are
/// taken out of it and parked under the native connection they belong to and their SQL text; when EF next initialises a
/// command with the same text on a connection that holds the same native handle, the parked statements are put into the
/// command, which then runs them without preparing (the path Microsoft.Data.Sqlite takes for a command prepared with
/// <c>Prepare()</c>: it re-binds every parameter). A statement is only ever used by the connection holding its native
/// handle, and a parked one by nobody, so nothing is shared between threads. SQLite re-prepares a parked statement itself
/// if the schema changed (<c>sqlite3_prepare_v2</c> semantics) — and also whenever a SQL function is created or removed on
/// the connection, which is why <see cref="SqliteFunctionRegistration"/> goes with this cache (<see cref="Recompiled"/>).
/// </para>
/// <para>
/// Microsoft.Data.Sqlite exposes no API for this, so the command's two private fields are reached with
/// <see cref="UnsafeAccessorAttribute"/>. If a future version renames them, the first use fails with
/// <see cref="MissingFieldException"/>, the cache switches itself off for the process and every command prepares as
/// before (slower, never wrong); <c>SqliteStatementCacheTests</c> fail so the upgrade is noticed.
/// </para>
/// <para>
/// Bounded: at most <see cref="MaxTextsPerConnection"/> texts per native connection (EF's generated SQL is a small fixed
/// set per query shape; beyond it, statements are finalised as before). Parked statements keep a closed native
/// connection alive until they are collected (SQLite's <c>sqlite3_close_v2</c> waits for them), which is bounded by the
/// pool's few connections.
/// </para>
/// </remarks>
public sealed class SqliteStatementCache : DbCommandInterceptor
{
    public const int MaxTextsPerConnection = 64;

    public static readonly SqliteStatementCache Instance = new();

    private static readonly ConditionalWeakTable<sqlite3, Dictionary<string, List<(sqlite3_stmt Statement, int ParameterCount)>>> Parked = new();

    /// <summary><c>SQLITE_STMTSTATUS_REPREPARE</c> (SQLitePCL names the other counters, not this one).</summary>
    private const int RecompileCounter = 5;

    private static volatile bool disabled;
    private static long reused;
    private static long recompiled;

    private SqliteStatementCache()
    {
    }

    /// <summary>Whether the cache is working (false after Microsoft.Data.Sqlite's internals no longer matched).</summary>
    public static bool IsEnabled => !disabled;

    /// <summary>How many commands ran with parked statements instead of preparing (tests and benchmarks).</summary>
    public static long Reused => Interlocked.Read(ref reused);

    /// <summary>
    /// How many times SQLite compiled a kept statement again before running it (it does when the schema changed or a SQL
    /// function was created or removed on the connection since the statement was compiled). Counted when statements are
    /// parked; near zero when the cache does its job (see <see cref="SqliteFunctionRegistration"/>).
    /// </summary>
    public static long Recompiled => Interlocked.Read(ref recompiled);

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (!disabled && result is SqliteCommand { Connection.Handle: { } handle } command) Adopt(command, handle);
        return result;
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        // EF has closed the reader already (its statements are reset); the command is disposed right after this.
        if (!disabled && command is SqliteCommand { Connection.Handle: { } handle } sqlite && eventData.DataReader.IsClosed)
        {
            Park(sqlite, handle);
        }

        return result;
    }

    private static void Adopt(SqliteCommand command, sqlite3 handle)
    {
        if (!Parked.TryGetValue(handle, out var byText) || !byText.Remove(command.CommandText, out var statements)) return;
        try
        {
            var prepared = PreparedStatements(command);
            if (prepared.Count != 0 || IsPrepared(command))
            {
                foreach (var (statement, _) in statements) statement.Dispose();
                return;
            }

            prepared.AddRange(statements);
            IsPrepared(command) = true;
            Interlocked.Increment(ref reused);
        }
        catch (MissingFieldException)
        {
            disabled = true;
            foreach (var (statement, _) in statements) statement.Dispose();
        }
    }

    private static void Park(SqliteCommand command, sqlite3 handle)
    {
        try
        {
            var prepared = PreparedStatements(command);
            if (prepared.Count == 0 || !IsPrepared(command)) return;
            var byText = Parked.GetValue(handle, static _ => new Dictionary<string, List<(sqlite3_stmt Statement, int ParameterCount)>>(StringComparer.Ordinal));
            if (byText.Count >= MaxTextsPerConnection || byText.ContainsKey(command.CommandText)) return;
            foreach (var (statement, _) in prepared)
            {
                var count = raw.sqlite3_stmt_status(statement, RecompileCounter, 1);
                if (count != 0) Interlocked.Add(ref recompiled, count);
            }

            byText[command.CommandText] = [.. prepared];
            prepared.Clear();
            IsPrepared(command) = false;
        }
        catch (MissingFieldException)
        {
            disabled = true;
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_preparedStatements")]
    private static extern ref List<(sqlite3_stmt Statement, int ParameterCount)> PreparedStatements(SqliteCommand command);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_prepared")]
    private static extern ref bool IsPrepared(SqliteCommand command);
}
