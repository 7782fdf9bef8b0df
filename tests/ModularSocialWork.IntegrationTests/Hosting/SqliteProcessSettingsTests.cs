using System.Net;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.IntegrationTests.Support;

namespace ModularSocialWork.IntegrationTests.Hosting;

/// <summary>
/// A host on the embedded database sets SQLite up for many threads before its first connection: memory statistics off
/// (they serialise every allocation of every thread on one mutex) and EF's statements kept between commands.
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
}
