using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.IntegrationTests.Migrations;
using ModularSocialWork.IntegrationTests.Support;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Features.Audit;

namespace ModularSocialWork.IntegrationTests.Audit;

/// <summary>
/// Several hosts on one PostgreSQL append to the one chain at the same time: the head's concurrency token and the
/// sequence key make losers retry, so the chain stays gap-free, without duplicates, and verifies.
/// </summary>
public sealed class PostgresAuditChainTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    // Hosts on a server database must share the personal-data key; any valid one will do here.
    private static readonly string PersonalDataKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task Two_hosts_writing_concurrently_build_one_valid_chain()
    {
        var migrate = await HostProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["Security__PersonalDataKey"] = PersonalDataKey,
        }, "migrate");
        Assert.True(migrate.ExitCode == 0, migrate.StandardError + migrate.StandardOutput);

        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = database.ConnectionString,
            ["Security:PersonalDataKey"] = PersonalDataKey,
        };
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

    private static async Task<int> CountAsync(TestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.CountAsync();
    }
}
