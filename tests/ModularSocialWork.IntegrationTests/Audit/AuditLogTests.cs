using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.IntegrationTests.Support;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain.Audit;
using ModularSocialWork.Modules.Platform.Features.Audit;

namespace ModularSocialWork.IntegrationTests.Audit;

/// <summary>
/// The audit log on the real host (SQLite): sign-in events and audited commands leave rows; the hash chain verifies,
/// and an edited or deleted row is reported at that row by the API and by the `audit-verify` host command.
/// </summary>
public sealed class AuditLogTests : IDisposable
{
    private readonly TestHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Sign_in_success_failure_unknown_user_and_lockout_are_recorded_with_their_outcome()
    {
        using var client = host.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await PostTokenAsync(client, "admin", TestHost.AdminPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostTokenAsync(client, "nobody", "Wrong!Passw0rd")).StatusCode);
        for (var i = 1; i <= 5; i++) await PostTokenAsync(client, "admin", $"Wrong!Passw0rd{i}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostTokenAsync(client, "admin", TestHost.AdminPassword)).StatusCode);

        var rows = await EntriesAsync();
        var success = Assert.Single(rows, r => r is { Action: SignInAudit.SignIn, Outcome: AuditOutcome.Success });
        Assert.Equal("admin", success.UserName);
        Assert.Equal("StaffUser", success.EntityType);
        Assert.NotNull(success.EntityId);
        Assert.False(string.IsNullOrEmpty(success.RequestId));

        var unknown = Assert.Single(rows, r => r.UserName == "nobody");
        Assert.Equal((SignInAudit.SignIn, AuditOutcome.Failure), (unknown.Action, unknown.Outcome));

        // Attempts 1-4 fail; the 5th locks the account; the right password afterwards is refused as locked out.
        Assert.Equal(4, rows.Count(r => r is { UserName: "admin", Action: SignInAudit.SignIn, Outcome: AuditOutcome.Failure }));
        var lockouts = rows.Where(r => r.Action == SignInAudit.LockedOut).ToList();
        Assert.Equal(2, lockouts.Count);
        Assert.All(lockouts, r => Assert.Equal((AuditOutcome.Denied, "admin"), (r.Outcome, r.UserName)));
        Assert.DoesNotContain(rows, r => r.Detail?.Contains("Passw0rd", StringComparison.Ordinal) == true); // never a password
    }

    [Fact]
    public async Task The_sign_in_page_records_failure_and_success_too()
    {
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/account/login");
        var antiforgery = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        await client.PostAsync("/account/login", LoginForm(antiforgery, "admin", "Wrong!Passw0rd"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/account/login", LoginForm(antiforgery, "admin", TestHost.AdminPassword))).StatusCode);

        var rows = await EntriesAsync();
        Assert.Single(rows, r => r is { Action: SignInAudit.SignIn, Outcome: AuditOutcome.Failure, UserName: "admin" });
        Assert.Single(rows, r => r is { Action: SignInAudit.SignIn, Outcome: AuditOutcome.Success, UserName: "admin" });
    }

    [Fact]
    public async Task Creating_a_staff_account_is_recorded_with_the_new_id_and_who_did_it()
    {
        using var client = await host.SignedInAsync();
        var id = await CreateStaffAsync(client, "audit.worker1");

        var row = Assert.Single(await EntriesAsync(), r => r.Action == "Platform.Staff.Create");
        Assert.Equal((id.ToString(), "StaffUser", AuditOutcome.Success), (row.EntityId, row.EntityType, row.Outcome));
        Assert.Equal(("admin", StaffRoles.CountyAdmin), (row.UserName, row.Role));
        Assert.NotNull(row.StationId);
        Assert.False(string.IsNullOrEmpty(row.ClientIp ?? row.RequestId));

        // A refused duplicate is recorded as a failure.
        var duplicate = await client.PostAsJsonAsync("/api/platform/staff", StaffBody("audit.worker1", await StationIdAsync(client)));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Single(await EntriesAsync(), r => r is { Action: "Platform.Staff.Create", Outcome: AuditOutcome.Failure });
    }

    [Fact]
    public async Task The_chain_verifies_after_activity_and_the_list_api_filters_newest_first()
    {
        using var client = await host.SignedInAsync();
        await CreateStaffAsync(client, "audit.worker2");
        await CreateStaffAsync(client, "audit.worker3");

        var verify = await VerifyApiAsync(client);
        Assert.True(verify.GetProperty("valid").GetBoolean(), verify.ToString());
        Assert.True(verify.GetProperty("checkedCount").GetInt64() >= 3);

        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/platform/audit?action=Platform.Staff&pageSize=1"));
        Assert.Equal(2, list.RootElement.GetProperty("total").GetInt64());
        var items = list.RootElement.GetProperty("items");
        Assert.Equal(1, items.GetArrayLength());
        var newest = (await EntriesAsync()).Last(r => r.Action == "Platform.Staff.Create").Sequence;
        Assert.Equal(newest, items[0].GetProperty("sequence").GetInt64());

        var page = await client.GetAsync("/Platform/Audit?verify=true");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("校验日志完整性", html);
        Assert.Contains("审计日志完整", html);
        Assert.Contains("对象编号", html);
    }

    [Fact]
    public async Task Tampering_with_one_audit_row_is_reported_by_the_verify_command_at_that_row()
    {
        using var client = await host.SignedInAsync();
        for (var i = 1; i <= 4; i++) await CreateStaffAsync(client, $"audit.tamper{i}");
        Assert.Equal(5, (await EntriesAsync()).Count); // the sign-in and four creations

        await ExecuteSqliteAsync("UPDATE AuditEntries SET Detail = 'nothing to see' WHERE Sequence = 3");

        var verify = await VerifyApiAsync(client);
        Assert.False(verify.GetProperty("valid").GetBoolean());
        Assert.Equal(3, verify.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Equal(AuditVerification.HashMismatch, verify.GetProperty("reason").GetString());
        Assert.Equal(2, verify.GetProperty("checkedCount").GetInt64());

        // The operator's command, as a separate process on the same data directory.
        var command = await HostProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__DataDirectory"] = host.DataDirectory,
            ["Database__SqliteSynchronous"] = "NORMAL",
        }, "audit-verify");
        Assert.True(command.ExitCode == AuditVerifyCommand.BrokenExitCode, $"exit {command.ExitCode}: {command.StandardOutput}{command.StandardError}");
        Assert.Contains("firstBrokenSequence=3 ", command.StandardOutput);
        Assert.Contains("第 3 条记录的内容被修改", command.StandardOutput);
    }

    [Fact]
    public async Task A_hash_recomputed_by_the_tamperer_is_caught_by_the_next_rows_link()
    {
        using var client = await host.SignedInAsync();
        for (var i = 1; i <= 3; i++) await CreateStaffAsync(client, $"audit.rehash{i}");

        // Rewrite row 3 consistently (as someone who knows the algorithm would): its own hash matches again.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var row = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == 3);
            row.Action = "Harmless";
            var hash = AuditHash.Compute(row);
            await ExecuteSqliteAsync($"UPDATE AuditEntries SET Action = 'Harmless', Hash = '{hash}' WHERE Sequence = 3");
        }

        var verify = await VerifyApiAsync(client);
        Assert.Equal(4, verify.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Equal(AuditVerification.PreviousHashMismatch, verify.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_deleted_row_is_reported_at_the_gap_and_a_cut_off_tail_too()
    {
        using var client = await host.SignedInAsync();
        for (var i = 1; i <= 3; i++) await CreateStaffAsync(client, $"audit.delete{i}");
        var last = (await EntriesAsync()).Max(r => r.Sequence);

        await ExecuteSqliteAsync($"DELETE FROM AuditEntries WHERE Sequence = {last}");
        var tail = await VerifyDirectAsync();
        Assert.Equal((false, last, AuditVerification.SequenceGap), (tail.Valid, tail.FirstBrokenSequence, tail.Reason));

        await ExecuteSqliteAsync("DELETE FROM AuditEntries WHERE Sequence = 2");
        var gap = await VerifyDirectAsync();
        Assert.Equal((false, 2L, AuditVerification.SequenceGap), (gap.Valid, gap.FirstBrokenSequence, gap.Reason));
    }

    [Fact]
    public async Task Fifty_concurrent_writers_through_separate_scopes_produce_a_gap_free_valid_chain()
    {
        var before = (await EntriesAsync()).Count;
        await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Task.Run(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>()
                .WriteAsync(new AuditRecord("Test.Concurrent", "Thing", i.ToString()), CancellationToken.None);
        })));

        var rows = await EntriesAsync();
        Assert.Equal(before + 50, rows.Count);
        Assert.Equal(Enumerable.Range(1, rows.Count).Select(i => (long)i), rows.Select(r => r.Sequence));
        Assert.Equal(50, rows.Where(r => r.Action == "Test.Concurrent").Select(r => r.EntityId).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(AuditLog.SystemUser, r.UserName));
        var verification = await VerifyDirectAsync();
        Assert.True(verification.Valid, verification.Explanation);
    }

    [Fact]
    public async Task Only_holders_of_the_audit_permission_read_the_log()
    {
        using var admin = await host.SignedInAsync();
        await CreateStaffAsync(admin, "audit.reader");
        using var worker = await host.SignedInAsync("audit.reader", "Worker!Passw0rd");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/platform/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/platform/audit/verify")).StatusCode);
        using var anonymous = host.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/platform/audit/verify")).StatusCode);
    }

    private static Task<HttpResponseMessage> PostTokenAsync(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/auth/token", new { userName, password });

    private static FormUrlEncodedContent LoginForm(string antiforgery, string userName, string password) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = antiforgery,
        ["Input.UserName"] = userName,
        ["Input.Password"] = password,
    });

    private static object StaffBody(string userName, Guid stationId) => new
    {
        userName,
        displayName = "测试社工",
        password = "Worker!Passw0rd",
        role = StaffRoles.SocialWorker,
        stationId,
    };

    private static async Task<Guid> StationIdAsync(HttpClient client)
    {
        using var stations = JsonDocument.Parse(await client.GetStringAsync("/api/platform/stations"));
        return stations.RootElement[0].GetProperty("id").GetGuid();
    }

    private static async Task<Guid> CreateStaffAsync(HttpClient client, string userName)
    {
        var response = await client.PostAsJsonAsync("/api/platform/staff", StaffBody(userName, await StationIdAsync(client)));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> VerifyApiAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/platform/audit/verify");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<AuditVerification> VerifyDirectAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
    }

    private async Task<List<AuditEntry>> EntriesAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    /// <summary>Edits the Platform file behind the application's back, as someone with file access could.</summary>
    private async Task ExecuteSqliteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, "platform.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 5000; " + sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
