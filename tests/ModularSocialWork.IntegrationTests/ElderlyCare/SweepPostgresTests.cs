using ModularSocialWork.BuildingBlocks.Time;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Reminders;
using ModularSocialWork.IntegrationTests.Migrations;
using ModularSocialWork.IntegrationTests.Support;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;
using ModularSocialWork.Modules.ElderlyCare.Features.Sweep;
using Npgsql;

namespace ModularSocialWork.IntegrationTests.ElderlyCare;

/// <summary>
/// The sweep on a real, migrated PostgreSQL shared by several hosts: concurrent sweeps never duplicate a reminder, and the
/// module's Hangfire job lives exactly as long as the module is enabled.
/// </summary>
public sealed class SweepPostgresTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    private const string PersonalDataKey = PostgresDatabaseFixture.PersonalDataKey;
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public Task InitializeAsync() => database.MigrateWithHostAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_hosts_sweeping_the_same_database_at_once_never_duplicate_a_reminder()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero));
        var day0 = new CountyCalendar(clock, Shanghai).Today;
        const int PlansPerDay = 200;
        const int Days = 10;
        await using (var db = Context())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM elderly_care.\"VisitReminders\"; DELETE FROM elderly_care.\"VisitPlans\"; DELETE FROM elderly_care.\"SweepWatermarks\";");
            for (var day = 0; day < Days; day++)
            {
                for (var i = 0; i < PlansPerDay; i++)
                {
                    var due = day0.AddDays(day);
                    db.VisitPlans.Add(new VisitPlan { ElderProfileId = Guid.CreateVersion7(), StationId = Guid.CreateVersion7(), RegularDueDate = due, NextDueDate = due, Version = Guid.NewGuid() });
                }
            }

            await db.SaveChangesAsync();
        }

        // Each day both "hosts" (separate contexts, separate connections) sweep at once, several times over.
        for (var day = 0; day < Days; day++)
        {
            var sweeps = Enumerable.Range(0, 4).Select(async _ =>
            {
                await using var db = Context();
                var job = new ElderlyCareVisitRemindersJob(db, new CountyCalendar(clock, Shanghai));
                return await job.SweepAsync(CancellationToken.None);
            });
            var results = await Task.WhenAll(sweeps);
            Assert.Equal(PlansPerDay, results.Sum(r => r.Inserted));
            clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal((long)PlansPerDay * Days, await ScalarAsync("SELECT count(*) FROM elderly_care.\"VisitReminders\""));
        Assert.Equal((long)PlansPerDay * Days, await ScalarAsync("SELECT count(DISTINCT (\"PlanId\", \"DueDate\")) FROM elderly_care.\"VisitReminders\""));
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM elderly_care.\"SweepWatermarks\""));
    }

    [Fact]
    public async Task Three_host_processes_running_the_sweep_on_one_database_at_once_create_each_reminder_once()
    {
        // Real processes (the operator command `run-job`, the code path Hangfire runs), started together on the real
        // clock: plans due over the last ten days up to today in the county's time zone.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).DateTime);
        const int Plans = 6000;
        await using (var db = Context())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM elderly_care.\"VisitReminders\"; DELETE FROM elderly_care.\"VisitPlans\"; DELETE FROM elderly_care.\"SweepWatermarks\";");
            for (var i = 0; i < Plans; i++)
            {
                var due = today.AddDays(-(i % 10));
                db.VisitPlans.Add(new VisitPlan { ElderProfileId = Guid.CreateVersion7(), StationId = Guid.CreateVersion7(), RegularDueDate = due, NextDueDate = due, Version = Guid.NewGuid() });
            }

            await db.SaveChangesAsync();
        }

        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["Security__PersonalDataKey"] = PersonalDataKey,
        };
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => HostProcess.RunAsync(environment, "run-job", ElderlyCareVisitRemindersJob.Id)));
        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.StandardError + run.StandardOutput));
        Assert.All(runs, run => Assert.Contains(ElderlyCareVisitRemindersJob.Id, run.StandardOutput));

        Assert.Equal((long)Plans, await ScalarAsync("SELECT count(*) FROM elderly_care.\"VisitReminders\""));
        Assert.Equal((long)Plans, await ScalarAsync("SELECT count(DISTINCT (\"PlanId\", \"DueDate\")) FROM elderly_care.\"VisitReminders\""));
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM elderly_care.\"SweepWatermarks\""));
    }

    [Fact]
    public async Task An_unknown_job_id_is_refused_with_the_list_of_jobs()
    {
        var run = await HostProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["Security__PersonalDataKey"] = PersonalDataKey,
        }, "run-job", "elderly-care:no-such-job");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("elderly-care:no-such-job", run.StandardError);
        Assert.Contains(ElderlyCareVisitRemindersJob.Id, run.StandardError);
    }

    [Fact]
    public async Task Disabling_the_module_removes_its_recurring_job()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = database.ConnectionString,
            ["Security:PersonalDataKey"] = PersonalDataKey,
        };
        using (var enabled = new TestHost(settings))
        {
            Assert.Contains(RecurringJobIds(enabled), id => id == ElderlyCareVisitRemindersJob.Id);
        }

        using var disabled = new TestHost(new Dictionary<string, string?>(settings) { ["Modules:ElderlyCare:Enabled"] = "false" });
        Assert.DoesNotContain(RecurringJobIds(disabled), id => id == ElderlyCareVisitRemindersJob.Id);
    }

    private static List<string> RecurringJobIds(TestHost host)
    {
        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        return Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection).Select(j => j.Id).ToList();
    }

    private ElderlyCarePostgresDbContext Context()
    {
        var builder = new DbContextOptionsBuilder<ElderlyCarePostgresDbContext>();
        ModuleDbContextOptions.Configure(builder, new DatabaseSettings { Provider = DatabaseProvider.PostgreSql, ConnectionString = database.ConnectionString }, "elderly_care");
        return new ElderlyCarePostgresDbContext(builder.Options);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
