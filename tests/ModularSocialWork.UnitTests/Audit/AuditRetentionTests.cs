using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain.Audit;
using ModularSocialWork.Modules.Platform.Features.Audit;
using NSubstitute;

namespace ModularSocialWork.UnitTests.Audit;

/// <summary>
/// Retention on a real SQLite file with a fake clock: only rows past <c>Audit:RetentionDays</c> go, the chain still
/// verifies afterwards, and the purge is itself audited. Also the group commit of concurrent appends on the same file.
/// </summary>
public sealed class AuditRetentionTests : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "msw-audit-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly PlatformModule module = new();
    private ServiceProvider? provider;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (provider is not null) await provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task The_purge_removes_only_rows_older_than_the_retention_and_the_chain_still_verifies()
    {
        await StartAsync(retentionDays: 180);
        // One row a day for 300 days: rows 1..300 written at day 0..299.
        for (var day = 0; day < 300; day++)
        {
            await WriteAsync($"day {day}");
            clock.Advance(TimeSpan.FromDays(1));
        }

        // Now is day 300; the cut-off is day 120: rows of days 0..119 (sequences 1..120) are past it.
        var now = clock.GetUtcNow();
        var cutoff = now.AddDays(-180);
        await RunJobAsync();

        await using var scope = provider!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var kept = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(121, kept[0].Sequence);
        Assert.All(kept, e => Assert.True(e.At >= cutoff, $"row {e.Sequence} at {e.At:O} is older than the cut-off yet survived"));
        Assert.Equal(300 - 120 + 1, kept.Count); // days 120..299 plus the purge's own row
        var purge = kept[^1];
        Assert.Equal(AuditRetentionJob.Action, purge.Action);
        Assert.Contains("deleted 120 rows", purge.Detail);

        var verification = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        Assert.True(verification.Valid, verification.Explanation);
        Assert.Equal(kept.Count, verification.CheckedCount);
    }

    [Fact]
    public async Task A_row_younger_than_the_retention_is_never_deleted_even_behind_an_older_one()
    {
        await StartAsync(retentionDays: 180);
        var start = clock.GetUtcNow();
        await WriteAsync("old");                                   // sequence 1, day 0
        clock.Advance(TimeSpan.FromDays(200));
        await WriteAsync("young");                                 // sequence 2, day 200
        // Another host whose clock lags far behind appends next: sequence 3, stamped day 10.
        await AuditChainWriter.AppendAsync(provider!.GetRequiredService<IServiceScopeFactory>(), new AuditEntry
        {
            At = start.AddDays(10), UserName = "system", Action = "Test.Write", Detail = "old-looking but after a young row",
            PreviousHash = "", Hash = "",
        }, CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(179));                     // day 379: row 2 is 179 days old

        await RunJobAsync();

        await using var scope = provider!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var sequences = await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
        Assert.Equal([2L, 3L, 4L], sequences); // only row 1 went; 3 stays because 2 (young) precedes it; 4 is the purge
        var verification = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        Assert.True(verification.Valid, verification.Explanation);
    }

    [Fact]
    public async Task Nothing_is_deleted_while_every_row_is_inside_the_retention()
    {
        await StartAsync(retentionDays: 400);
        for (var i = 0; i < 5; i++)
        {
            await WriteAsync($"row {i}");
            clock.Advance(TimeSpan.FromDays(79)); // at the end the oldest row is 395 days old
        }

        await RunJobAsync();

        await using var scope = provider!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.Equal(5, await db.AuditEntries.CountAsync());
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == AuditRetentionJob.Action));
    }

    [Fact]
    public async Task Concurrent_writes_are_committed_in_batches_as_one_unbroken_chain_and_each_caller_returns_after_its_row()
    {
        await StartAsync(retentionDays: 400);
        // Hold the SQLite writer gate so the writes pile up in the queue, as they do behind a slow fsync.
        await AuditChainWriter.SqliteGate.WaitAsync();
        var writes = Enumerable.Range(0, 300).Select(i => Task.Run(() => WriteAsync($"concurrent {i}"))).ToList();
        var allQueued = Task.WhenAll(writes);
        Assert.False(allQueued.IsCompleted, "a write returned before its row could be committed");
        AuditChainWriter.SqliteGate.Release();
        await allQueued;

        await using var scope = provider!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var rows = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 300).Select(i => (long)i), rows.Select(r => r.Sequence));
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"concurrent {i}").Order(), rows.Select(r => r.Detail!).Order());
        var verification = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        Assert.True(verification.Valid, verification.Explanation);
    }

    [Fact]
    public async Task A_batch_that_cannot_be_written_fails_its_caller_and_the_next_batch_is_written_and_linked()
    {
        await StartAsync(retentionDays: 400);
        await WriteAsync("first");                                           // sequence 1
        // A row at sequence 2 that the head does not know about (as if written by a broken tool): the next append takes
        // sequence 2 from the head and hits the primary key.
        await using (var scope = provider!.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            db.AuditEntries.Add(new AuditEntry { Sequence = 2, At = clock.GetUtcNow(), UserName = "tool", Action = "Test.Rogue", PreviousHash = new string('0', 64), Hash = new string('1', 64) });
            await db.SaveChangesAsync();
        }

        await Assert.ThrowsAsync<SqliteException>(() => WriteAsync("refused"));

        await using (var scope = provider!.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await db.AuditEntries.Where(e => e.Action == "Test.Rogue").ExecuteDeleteAsync();
        }

        await WriteAsync("after");                                           // sequence 2 again, this time linked
        await using var check = provider!.CreateAsyncScope();
        var rows = await check.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(["first", "after"], rows.Select(r => r.Detail));
        var verification = await check.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        Assert.True(verification.Valid, verification.Explanation);
    }

    [Fact]
    public async Task Control_characters_from_user_text_never_reach_the_audit_row()
    {
        await StartAsync(retentionDays: 400);
        await WriteAsync("理由\0含空字符\u0007\n第二行");

        await using var scope = provider!.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.SingleAsync();
        Assert.Equal("理由含空字符\n第二行", row.Detail);
    }

    [Theory]
    [InlineData("179")]
    [InlineData("30")]
    [InlineData("six months")]
    public void A_retention_below_six_months_or_unreadable_stops_start_up(string days)
    {
        var error = Assert.Throws<StartupConfigurationException>(() => Configure(days));
        Assert.Contains("Audit:RetentionDays", error.Message);
    }

    private async Task StartAsync(int retentionDays)
    {
        provider = Configure(retentionDays.ToString());
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.MigrateAsync();
    }

    private ServiceProvider Configure(string retentionDays)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("Audit:RetentionDays", retentionDays)])
            .Build();
        var database = new DatabaseSettings { Provider = DatabaseProvider.Sqlite, DataDirectory = directory };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(Substitute.For<ICurrentStaff>());
        services.AddSingleton(Substitute.For<IPermissionCatalog>());
        module.ConfigureServices(services, new ModuleContext(module.Manifest, configuration, database));
        services.AddScoped<AuditRetentionJob>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private async Task WriteAsync(string detail)
    {
        await using var scope = provider!.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditLog>().WriteAsync(new AuditRecord("Test.Write", Detail: detail), CancellationToken.None);
    }

    private async Task RunJobAsync()
    {
        await using var scope = provider!.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditRetentionJob>().RunAsync(CancellationToken.None);
    }
}
