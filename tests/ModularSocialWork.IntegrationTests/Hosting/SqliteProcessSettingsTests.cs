using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.IntegrationTests.Support;
using ModularSocialWork.Modules.ElderlyCare.Data;
using SQLitePCL;

namespace ModularSocialWork.IntegrationTests.Hosting;

/// <summary>
/// A host on the embedded database sets SQLite up for many threads before its first connection: memory statistics off
/// (they serialise every allocation of every thread on one mutex), EF's statements kept between commands, and EF's SQL
/// functions registered once per native connection (so the kept statements are not compiled again at every open).
/// </summary>
public sealed class SqliteProcessSettingsTests : IDisposable
{
    private readonly TestHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task A_sqlite_host_switches_memory_statistics_off_before_its_first_connection_and_reuses_statements()
    {
        using var admin = await host.SignedInAsync();
        var reusedBefore = SqliteStatementCache.Reused;
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/platform/residents?search=张")).StatusCode);

        Assert.True(SqliteLibrary.MemoryStatisticsOff, "SQLite refused the setting: something opened a connection before the host configured it");
        // With statistics off SQLite counts nothing, although every request above allocated.
        Assert.Equal(0, SQLitePCL.raw.sqlite3_memory_used());
        Assert.True(SqliteStatementCache.IsEnabled);
        Assert.True(SqliteStatementCache.Reused > reusedBefore, "the same search three times prepared its statements every time");
    }

    [Fact]
    public async Task A_module_context_of_the_host_keeps_a_statement_compiled_across_closing_and_reopening_its_connection()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ElderlyCareDbContext>();
        await db.Database.OpenConnectionAsync();
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_prepare_v2(handle, "SELECT count(*) FROM ElderProfiles", out var statement));
        using (statement)
        {
            Assert.Equal(raw.SQLITE_ROW, raw.sqlite3_step(statement));
            raw.sqlite3_reset(statement);
            await db.Database.CloseConnectionAsync();
            await db.Database.OpenConnectionAsync();
            Assert.Equal(raw.SQLITE_ROW, raw.sqlite3_step(statement));
            raw.sqlite3_reset(statement);

            Assert.True(SqliteFunctionRegistration.IsEnabled);
            // SQLITE_STMTSTATUS_REPREPARE: 0 = never compiled again. Before, closing alone removed EF's functions from the
            // native connection and so expired the statement (whichever native connection the reopen then got).
            Assert.Equal(0, raw.sqlite3_stmt_status(statement, 5, 0));
        }
    }
}
