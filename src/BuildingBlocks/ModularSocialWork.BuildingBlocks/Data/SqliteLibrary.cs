using SQLitePCL;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>
/// Process-wide settings of the SQLite library, applied once before the first connection opens.
/// </summary>
/// <remarks>
/// <para>
/// The bundled e_sqlite3 keeps memory-usage statistics (<c>SQLITE_CONFIG_MEMSTATUS</c>, on by default), and it counts every
/// allocation under one process-wide mutex. Preparing a statement allocates hundreds of times, so two threads preparing at
/// once queue on that mutex: measured on a two-core machine, preparing the record-visit read cost 104 µs of CPU on one
/// thread and 358 µs each on two threads at once (statistics on), 80 µs either way with them off (issue 4). SQLite's own
/// list of recommended compile-time options turns them off for this reason; nothing in the product reads them.
/// </para>
/// <para>
/// SQLite accepts the setting only before it initialises (its first connection in the process): <see cref="ConfigureOnce"/>
/// runs when a module's options are configured and when the host starts, before any connection. If something opened a
/// connection earlier, SQLite refuses the setting (<see cref="MemoryStatisticsOff"/> stays false) and keeps working as
/// before — slower under concurrency, never wrong.
/// </para>
/// </remarks>
public static class SqliteLibrary
{
    private static readonly Lazy<bool> Configured = new(Configure, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether SQLite accepted switching its memory statistics off in this process.</summary>
    public static bool MemoryStatisticsOff => Configured.Value;

    /// <summary>Applies the settings if this is the first call of the process; later calls do nothing.</summary>
    public static void ConfigureOnce() => _ = Configured.Value;

    private static bool Configure()
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
    }
}
