using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>
/// Registers EF's SQL functions (<c>regexp</c>, <c>ef_mod</c>, <c>ef_avg</c> …) and its collation once per native SQLite
/// connection instead of on every open and close. EF gives every <see cref="SqliteConnection"/> it creates eleven functions
/// and a collation; Microsoft.Data.Sqlite registers them on the native connection at every <c>Open</c> and removes them
/// again at every <c>Close</c> (before the native connection goes back to its pool). SQLite marks every prepared statement
/// of a connection as expired whenever a function or collation is created or removed, so each request's open and close
/// made every statement kept by <see cref="SqliteStatementCache"/> compile again at its next run — the record-visit
/// benchmark counted 16 524 recompilations in 16 675 reuses (issue 4) — besides 24 registrations and removals per request.
/// </summary>
/// <remarks>
/// <para>
/// How: just before EF opens one of its SQLite connections, the function definitions EF put on it are taken off it (and
/// kept, process-wide, by name and argument count: every EF connection carries the same ones), so Microsoft.Data.Sqlite
/// has nothing to register or remove; right after the open, a native connection that has not had them yet gets them, and
/// keeps them for its life in the pool. They are EF's own definitions, registered exactly as Microsoft.Data.Sqlite would.
/// A connection that was already open when EF got it is left as it is. A function a caller adds to one of EF's connections
/// itself (<c>CreateFunction</c>; the product adds none) is treated the same way, so it becomes available on every native
/// connection of the process rather than on that one only.
/// </para>
/// <para>
/// Microsoft.Data.Sqlite has no API for this, so its three private dictionaries are reached with
/// <see cref="UnsafeAccessorAttribute"/>. If a future version renames them, the first use fails with
/// <see cref="MissingFieldException"/>, this switches itself off for the process and connections behave as before
/// (functions registered per open; slower, never wrong); <c>SqliteFunctionRegistrationTests</c> fail so the upgrade is
/// noticed.
/// </para>
/// </remarks>
public sealed class SqliteFunctionRegistration : DbConnectionInterceptor
{
    public static readonly SqliteFunctionRegistration Instance = new();

    private static readonly ConcurrentDictionary<(string Name, int Arity), (int Flags, object? State, delegate_function_scalar? Function)> Functions = new();
    private static readonly ConcurrentDictionary<(string Name, int Arity), (int Flags, object? State, delegate_function_aggregate_step? Step, delegate_function_aggregate_final? Final)> Aggregates = new();
    private static readonly ConcurrentDictionary<string, (object? State, strdelegate_collation? Compare)> Collations = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Native connections that have the definitions already.</summary>
    private static readonly ConditionalWeakTable<sqlite3, object> Registered = new();
    private static readonly object Done = new();

    private static volatile bool disabled;

    private SqliteFunctionRegistration()
    {
    }

    /// <summary>Whether this is working (false after Microsoft.Data.Sqlite's internals no longer matched).</summary>
    public static bool IsEnabled => !disabled;

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        TakeDefinitions(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        TakeDefinitions(connection);
        return ValueTask.FromResult(result);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => RegisterOnce(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        RegisterOnce(connection);
        return Task.CompletedTask;
    }

    private static void TakeDefinitions(DbConnection connection)
    {
        if (disabled || connection is not SqliteConnection { State: System.Data.ConnectionState.Closed } sqlite) return;
        try
        {
            ref var functions = ref FunctionDefinitions(sqlite);
            if (functions is not null)
            {
                foreach (var (key, definition) in functions) Functions.TryAdd(key, definition);
                functions = null;
            }

            ref var aggregates = ref AggregateDefinitions(sqlite);
            if (aggregates is not null)
            {
                foreach (var (key, definition) in aggregates) Aggregates.TryAdd(key, definition);
                aggregates = null;
            }

            ref var collations = ref CollationDefinitions(sqlite);
            if (collations is not null)
            {
                foreach (var (name, definition) in collations) Collations.TryAdd(name, definition);
                collations = null;
            }
        }
        catch (MissingFieldException)
        {
            disabled = true;
        }
    }

    private static void RegisterOnce(DbConnection connection)
    {
        if (disabled || connection is not SqliteConnection { Handle: { } handle } || Registered.TryGetValue(handle, out _)) return;
        foreach (var ((name, arity), (flags, state, function)) in Functions)
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_create_function(handle, name, arity, flags, state, function), handle);
        }

        foreach (var ((name, arity), (flags, state, step, final)) in Aggregates)
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_create_function(handle, name, arity, flags, state, step, final), handle);
        }

        foreach (var (name, (state, compare)) in Collations)
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_create_collation(handle, name, state, compare), handle);
        }

        Registered.AddOrUpdate(handle, Done);
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_functions")]
    private static extern ref Dictionary<(string, int), (int, object?, delegate_function_scalar?)>? FunctionDefinitions(SqliteConnection connection);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_collations")]
    private static extern ref Dictionary<string, (object?, strdelegate_collation?)>? CollationDefinitions(SqliteConnection connection);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_aggregates")]
    private static extern ref Dictionary<(string, int), (int, object?, delegate_function_aggregate_step?, delegate_function_aggregate_final?)>? AggregateDefinitions(SqliteConnection connection);
}
