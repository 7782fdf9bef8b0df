using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.IntegrationTests.ElderlyCare;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain.Audit;
using ModularSocialWork.Modules.Platform.Features.Audit;

namespace ModularSocialWork.IntegrationTests.Audit;

/// <summary>
/// Audited commands of a module with an audit outbox (ElderlyCare here) commit their success row with their own changes,
/// and the Platform links it into the chain afterwards: exactly one row per committed change, none for a change that
/// did not commit, and none twice however often it is forwarded.
/// </summary>
public sealed class AuditOutboxTests(ProfilesHostFixture fixture) : IClassFixture<ProfilesHostFixture>
{
    private const string RecordVisit = "ElderlyCare.Visits.Record";

    [Fact]
    public async Task A_recorded_visit_has_exactly_one_success_row_and_the_viewer_shows_it_at_once()
    {
        var elder = await fixture.ElderAsync(72, ["alone"]);
        var response = await fixture.Admin.PostAsJsonAsync($"/api/elderly-care/elders/{elder}/visits", new { method = 0, findings = "一切安好" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var visit = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // The viewer forwards what modules committed before it reads: no waiting for the background round.
        var list = await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/platform/audit?action={RecordVisit}&entityId={visit}");
        Assert.Equal(1, list.GetProperty("total").GetInt64());
        var row = list.GetProperty("items")[0];
        Assert.Equal("county.admin", row.GetProperty("userName").GetString());
        Assert.Equal("VisitRecord", row.GetProperty("entityType").GetString());
        Assert.Contains(row.GetProperty("outcome").ToString(), new[] { nameof(AuditOutcome.Success), "0" });
        Assert.False(string.IsNullOrEmpty(row.GetProperty("requestId").GetString()));

        Assert.Equal(0, await OutboxCountAsync(RecordVisit, visit.ToString()));
        var stored = await ChainRowsAsync(visit.ToString());
        Assert.NotNull(Assert.Single(stored).OutboxId);
        await AssertChainValidAsync();
    }

    [Fact]
    public async Task A_visit_whose_save_the_database_refuses_leaves_a_failure_row_and_no_success_row()
    {
        var elder = await fixture.ElderAsync(73, ["alone"]);
        await FlushAsync();
        var before = await RecordVisitRowsAsync();
        await ElderlyCareSqlAsync("CREATE TRIGGER refuse_test_visit BEFORE INSERT ON VisitRecords WHEN NEW.Findings = '拒绝保存' BEGIN SELECT RAISE(ABORT, 'refused by test'); END;");
        try
        {
            var response = await fixture.Admin.PostAsJsonAsync($"/api/elderly-care/elders/{elder}/visits", new { method = 0, findings = "拒绝保存" });
            Assert.False(response.IsSuccessStatusCode);
        }
        finally
        {
            await ElderlyCareSqlAsync("DROP TRIGGER refuse_test_visit;");
        }

        // The success row travelled in the refused transaction, so it is gone with it; the failure is recorded directly.
        await FlushAsync();
        Assert.Equal(0, await OutboxCountAsync(RecordVisit));
        var after = await RecordVisitRowsAsync();
        Assert.Equal(before.Count(r => r.Outcome == AuditOutcome.Success), after.Count(r => r.Outcome == AuditOutcome.Success));
        var failure = Assert.Single(after.Where(r => r.Outcome != AuditOutcome.Success).ExceptBy(before.Select(r => r.Sequence), r => r.Sequence));
        Assert.Equal((AuditOutcome.Failure, Guid.Empty.ToString()), (failure.Outcome, failure.EntityId));
        Assert.Null(failure.OutboxId);
        using var visits = JsonDocument.Parse(await fixture.Admin.GetStringAsync($"/api/elderly-care/elders/{elder}/visits"));
        Assert.Equal(0, visits.RootElement.GetArrayLength());

        // A retry that commits is recorded once, as success.
        var retry = await fixture.Admin.PostAsJsonAsync($"/api/elderly-care/elders/{elder}/visits", new { method = 0, findings = "拒绝保存" });
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        var visit = (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await FlushAsync();
        Assert.Equal(AuditOutcome.Success, Assert.Single(await ChainRowsAsync(visit.ToString())).Outcome);
    }

    [Fact]
    public async Task Rows_forwarded_again_after_a_crash_between_append_and_removal_are_linked_once()
    {
        // Rows a host committed and stopped before forwarding: in the outbox, not yet in the chain.
        var rows = Enumerable.Range(1, 5).Select(i => new AuditOutboxMessage
        {
            Id = Guid.CreateVersion7(), At = DateTimeOffset.UtcNow, UserName = "crash.test", Action = "Test.Outbox.Crash",
            EntityType = "VisitRecord", EntityId = $"crash-{i}", Outcome = AuditOutcome.Success,
        }).ToList();
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var module = scope.ServiceProvider.GetRequiredService<ElderlyCareDbContext>();
            module.Set<AuditOutboxMessage>().AddRange(rows);
            await module.SaveChangesAsync();

            // The crash: the rows reached the chain, but the host died before removing them from the outbox.
            await scope.ServiceProvider.GetRequiredService<AuditAppendQueue>()
                .AppendForwardedAsync(rows.ConvertAll(r => AuditEntry.From(r, r.Id)));
        }

        await FlushAsync(); // the next round after the restart forwards them again
        await FlushAsync();

        var linked = (await ChainRowsAsync(entityId: null)).Where(r => r.Action == "Test.Outbox.Crash").ToList();
        Assert.Equal(rows.Select(r => r.Id).Order(), linked.Select(r => r.OutboxId!.Value).Order());
        Assert.Equal(0, await OutboxCountAsync("Test.Outbox.Crash"));
        await AssertChainValidAsync();
    }

    private async Task<List<AuditEntry>> RecordVisitRowsAsync() =>
        (await ChainRowsAsync(entityId: null)).Where(r => r.Action == RecordVisit).ToList();

    private async Task FlushAsync() =>
        await fixture.Host.Services.GetRequiredService<AuditOutboxForwarder>().FlushAsync(CancellationToken.None);

    private async Task<int> OutboxCountAsync(string action, string? entityId = null)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<ElderlyCareDbContext>().Set<AuditOutboxMessage>().Where(m => m.Action == action);
        if (entityId is not null) outbox = outbox.Where(m => m.EntityId == entityId);
        return await outbox.CountAsync();
    }

    private async Task<List<AuditEntry>> ChainRowsAsync(string? entityId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var entries = scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.AsNoTracking();
        if (entityId is not null) entries = entries.Where(e => e.EntityId == entityId);
        return await entries.OrderBy(e => e.Sequence).ToListAsync();
    }

    private async Task ElderlyCareSqlAsync(string sql)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ElderlyCareDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    private async Task AssertChainValidAsync()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var verification = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
        Assert.True(verification.Valid, verification.Explanation);
    }
}
