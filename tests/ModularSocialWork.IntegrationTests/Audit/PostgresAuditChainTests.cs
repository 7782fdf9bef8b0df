using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.IntegrationTests.Migrations;
using ModularSocialWork.IntegrationTests.Support;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Features.Audit;

namespace ModularSocialWork.IntegrationTests.Audit;

/// <summary>
/// Several hosts on one PostgreSQL append to the one chain at the same time: the head's concurrency token and the
/// sequence key make losers retry, so the chain stays gap-free, without duplicates, and verifies.
/// </summary>
public sealed class PostgresAuditChainTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.MigrateWithHostAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_hosts_writing_concurrently_build_one_valid_chain()
    {
        var settings = database.HostSettings();
        using var first = new TestHost(settings);
        using var second = new TestHost(settings);
        _ = first.Services; // start both before writing
        _ = second.Services;
        var before = await CountAsync(first);

        const int perHost = 40;
        var writes = new[] { first, second }.SelectMany((host, h) => Enumerable.Range(1, perHost).Select(i => Task.Run(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>()
                .WriteAsync(new AuditRecord("Test.MultiHost", "Host", $"{h}:{i}"), CancellationToken.None);
        })));
        await Task.WhenAll(writes);

        await using var check = second.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var sequences = await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
        Assert.Equal(before + 2 * perHost, sequences.Count);
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences); // no gap, no duplicate
        Assert.Equal(2 * perHost, await db.AuditEntries.Where(e => e.Action == "Test.MultiHost").Select(e => e.EntityId).Distinct().CountAsync());

        var verification = await check.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        Assert.True(verification.Valid, verification.Explanation);
        Assert.Equal(sequences.Count, verification.CheckedCount);
    }

    [Fact]
    public async Task Two_hosts_forwarding_one_module_outbox_at_once_link_each_row_once()
    {
        var settings = database.HostSettings();
        using var first = new TestHost(settings);
        using var second = new TestHost(settings);

        // More than one batch of rows committed by ElderlyCare (the rows a host left behind, or many busy requests).
        const int count = AuditOutboxForwarder.BatchSize + 44;
        var rows = Enumerable.Range(1, count).Select(i => new AuditOutboxMessage
        {
            Id = Guid.CreateVersion7(), At = DateTimeOffset.UtcNow, UserName = "multi.host", Action = "Test.Outbox.MultiHost",
            EntityType = "VisitRecord", EntityId = i.ToString(), Outcome = AuditOutcome.Success,
        }).ToList();
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var module = scope.ServiceProvider.GetRequiredService<ElderlyCareDbContext>();
            module.Set<AuditOutboxMessage>().AddRange(rows);
            await module.SaveChangesAsync();
        }

        // Both hosts forward the same rows at the same moment, several times (their background rounds run too).
        await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { first, second }).Select(host =>
            Task.Run(() => host.Services.GetRequiredService<AuditOutboxForwarder>().FlushAsync(CancellationToken.None))));

        await using var check = second.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var linked = await db.AuditEntries.Where(e => e.Action == "Test.Outbox.MultiHost").Select(e => e.OutboxId).ToListAsync();
        Assert.Equal(rows.Select(r => (Guid?)r.Id).Order(), linked.Order());
        Assert.False(await check.ServiceProvider.GetRequiredService<ElderlyCareDbContext>().Set<AuditOutboxMessage>().AnyAsync());

        var verification = await check.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        Assert.True(verification.Valid, verification.Explanation);
    }

    private static async Task<int> CountAsync(TestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.CountAsync();
    }
}
