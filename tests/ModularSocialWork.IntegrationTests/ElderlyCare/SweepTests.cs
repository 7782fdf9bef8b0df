using System.Net.Http.Json;
using ModularSocialWork.BuildingBlocks.Time;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModularSocialWork.BuildingBlocks.Reminders;
using ModularSocialWork.IntegrationTests.Support;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;
using ModularSocialWork.Modules.ElderlyCare.Features.Sweep;

namespace ModularSocialWork.IntegrationTests.ElderlyCare;

/// <summary>The visit-reminder sweep against the real SQLite schema: idempotency, catch-up from the watermark, birthdays.</summary>
public sealed class SweepTests : IDisposable
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    // 08:00 in Shanghai on 10 March 2026: "today" is 2026-03-10.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero));
    private readonly TestHost host = new();

    private DateOnly Today => new CountyCalendar(clock, Shanghai).Today;

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Sweeping_three_times_gives_identical_reminders()
    {
        var station = Guid.CreateVersion7();
        await SeedPlansAsync(station, Today.AddDays(-3), Today.AddDays(-1), Today, Today.AddDays(4));

        await SweepAsync();
        var first = await RemindersAsync();
        await SweepAsync();
        await SweepAsync();
        var third = await RemindersAsync();

        Assert.Equal(3, first.Count);
        Assert.Equal(first.Select(r => (r.Id, r.PlanId, r.DueDate)), third.Select(r => (r.Id, r.PlanId, r.DueDate)));
    }

    [Fact]
    public async Task One_run_after_three_missed_days_creates_exactly_the_missing_reminders()
    {
        var day0 = Today;
        var station = Guid.CreateVersion7();
        var plans = await SeedPlansAsync(station, day0.AddDays(1), day0.AddDays(2), day0.AddDays(3), day0.AddDays(4));
        await SetWatermarkAsync(day0);

        clock.Advance(TimeSpan.FromDays(3));
        var result = await SweepAsync();

        Assert.Equal(day0, result.From);
        Assert.Equal(day0.AddDays(3), result.Through);
        var reminders = await RemindersAsync();
        Assert.Equal(3, reminders.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.Single(reminders, r => r.PlanId == plans[i] && r.DueDate == day0.AddDays(i + 1));
        }

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ElderlyCareDbContext>();
        Assert.Equal(day0.AddDays(3), (await db.SweepWatermarks.SingleAsync(w => w.JobId == ElderlyCareVisitRemindersJob.Id)).LastSweptDate);
    }

    [Fact]
    public async Task An_elder_living_alone_who_turns_80_becomes_high_risk_and_is_replanned()
    {
        var today = Today;
        var lastVisit = today.AddDays(-2);
        var elderId = Guid.CreateVersion7();
        var station = Guid.CreateVersion7();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ElderlyCareDbContext>();
            db.Elders.Add(new ElderProfile
            {
                Id = elderId, ResidentId = Guid.CreateVersion7(), StationId = station, Name = "张三",
                BirthDate = today.AddDays(1).AddYears(-80), TagCodes = ",alone,", DerivedTier = RiskTier.Key, RiskTier = RiskTier.Key,
            });
            db.VisitPlans.Add(new VisitPlan
            {
                ElderProfileId = elderId, StationId = station, Tier = RiskTier.Key, LastVisitDate = lastVisit,
                RegularDueDate = lastVisit.AddMonths(1), NextDueDate = lastVisit.AddMonths(1),
            });
            await db.SaveChangesAsync();
        }

        await SweepAsync();
        Assert.Equal(RiskTier.Key, (await ElderAsync(elderId)).RiskTier);

        clock.Advance(TimeSpan.FromDays(1));
        await SweepAsync();

        var elder = await ElderAsync(elderId);
        Assert.Equal(RiskTier.HighRisk, elder.DerivedTier);
        Assert.Equal(RiskTier.HighRisk, elder.RiskTier);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var plan = await scope.ServiceProvider.GetRequiredService<ElderlyCareDbContext>().VisitPlans.IgnoreQueryFilters().SingleAsync(p => p.ElderProfileId == elderId);
            Assert.Equal(RiskTier.HighRisk, plan.Tier);
            Assert.Equal(lastVisit.AddDays(7), plan.NextDueDate);
        }
    }

    [Fact]
    public void The_enabled_module_declares_its_job_to_Hangfire()
    {
        _ = host.Services;
        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.Contains(Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection), j => j.Id == ElderlyCareVisitRemindersJob.Id && j.Cron == "30 7 * * *");
    }

    [Fact]
    public async Task Run_now_fills_the_overdue_board_the_api_and_my_tasks()
    {
        var today = new CountyCalendar(TimeProvider.System, Shanghai).Today;
        var elderId = Guid.CreateVersion7();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ElderlyCareDbContext>();
            var station = Guid.CreateVersion7();
            db.Elders.Add(new ElderProfile { Id = elderId, ResidentId = Guid.CreateVersion7(), StationId = station, Name = "李四", RiskTier = RiskTier.HighRisk });
            db.VisitPlans.Add(new VisitPlan { ElderProfileId = elderId, StationId = station, Tier = RiskTier.HighRisk, RegularDueDate = today.AddDays(-2), NextDueDate = today.AddDays(-2) });
            await db.SaveChangesAsync();
        }

        using var client = await host.SignedInAsync();
        var run = await client.PostAsync("/api/elderly-care/reminders/sweep", null);
        Assert.Equal(System.Net.HttpStatusCode.OK, run.StatusCode);

        var list = await client.GetStringAsync("/api/elderly-care/reminders?status=overdue");
        Assert.Contains("李四", list);
        Assert.Contains("\"daysOverdue\":2", list);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await client.GetAsync("/api/elderly-care/reminders?status=nonsense")).StatusCode);

        using var browser = ModularSocialWork.IntegrationTests.Accounts.AccountTestSupport.CookieClient(host);
        await ModularSocialWork.IntegrationTests.Accounts.AccountTestSupport.SignInWithPageAsync(browser, "admin", TestHost.AdminPassword);
        var board = await browser.GetAsync("/ElderlyCare/Overdue");
        Assert.Equal(System.Net.HttpStatusCode.OK, board.StatusCode);
        var html = await board.Content.ReadAsStringAsync();
        Assert.Contains("李四", html);
        Assert.Contains("立即运行", html);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await browser.PostAsync("/api/elderly-care/reminders/sweep", null)).StatusCode);

        await using var tasksScope = host.Services.CreateAsyncScope();
        var source = tasksScope.ServiceProvider.GetServices<ModularSocialWork.BuildingBlocks.Tasks.ITaskSource>()
            .Single(s => s.GetType().Name == "ElderlyCareTaskSource");
        var tasks = await source.GetOpenTasksAsync(new StationManagerStub(), today, CancellationToken.None);
        var task = Assert.Single(tasks);
        Assert.Equal("探访 李四（高风险）", task.TitleZh);
        Assert.True(task.Overdue);
        Assert.Equal($"/ElderlyCare/Visits/Record?elderId={elderId}", task.Url);
    }

    [Fact]
    public async Task A_visit_resolves_the_reminders_due_by_its_date_and_leaves_later_ones_open()
    {
        var today = new CountyCalendar(TimeProvider.System, Shanghai).Today;
        var elderId = Guid.CreateVersion7();
        var station = Guid.CreateVersion7();
        var plan = new VisitPlan { ElderProfileId = elderId, StationId = station, Tier = RiskTier.HighRisk, RegularDueDate = today.AddDays(-1), NextDueDate = today.AddDays(-1) };
        DateOnly[] dues = [today.AddDays(-9), today.AddDays(-5), today.AddDays(-1)];
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ElderlyCareDbContext>();
            db.Elders.Add(new ElderProfile { Id = elderId, ResidentId = Guid.CreateVersion7(), StationId = station, Name = "王五", RiskTier = RiskTier.HighRisk });
            db.VisitPlans.Add(plan);
            foreach (var due in dues) db.VisitReminders.Add(new VisitReminder { PlanId = plan.Id, ElderProfileId = elderId, StationId = station, DueDate = due, CreatedAt = DateTimeOffset.UtcNow });
            // Another elder's open reminder, due long ago: no visit to 王五 may touch it.
            db.VisitReminders.Add(new VisitReminder { PlanId = Guid.CreateVersion7(), ElderProfileId = Guid.CreateVersion7(), StationId = station, DueDate = today.AddDays(-30), CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            // The profile existed before the visits below (a visit may not predate it).
            await db.Elders.IgnoreQueryFilters().Where(e => e.Id == elderId).ExecuteUpdateAsync(set => set.SetProperty(e => e.CreatedAt, DateTimeOffset.UtcNow.AddDays(-20)));
        }

        using var client = await host.SignedInAsync();
        async Task VisitAsync(DateOnly date)
        {
            var response = await client.PostAsJsonAsync($"/api/elderly-care/elders/{elderId}/visits", new { visitDate = date.ToString("yyyy-MM-dd"), method = 1 });
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        await VisitAsync(today.AddDays(-5));
        var open = (await RemindersAsync()).Where(r => r.ResolvedAt is null).Select(r => r.DueDate).Order().ToList();
        Assert.Equal([today.AddDays(-30), today.AddDays(-1)], open);

        await VisitAsync(today);
        open = (await RemindersAsync()).Where(r => r.ResolvedAt is null).Select(r => r.DueDate).ToList();
        Assert.Equal([today.AddDays(-30)], open);
    }

    private sealed class StationManagerStub : ModularSocialWork.BuildingBlocks.Security.ICurrentStaff
    {
        public bool IsAuthenticated => true;
        public Guid? UserId => Guid.NewGuid();
        public string? UserName => "manager";
        public string? DisplayName => "manager";
        public string? Role => "StationManager";
        public Guid? HomeStationId => null;
        public Guid? ActingStationId => null;
        public bool HasPermission(string permission) => true;
    }

    private async Task<ReminderSweepResult> SweepAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var job = new ElderlyCareVisitRemindersJob(scope.ServiceProvider.GetRequiredService<ElderlyCareDbContext>(), new CountyCalendar(clock, Shanghai));
        return await job.SweepAsync(CancellationToken.None);
    }

    private async Task<List<Guid>> SeedPlansAsync(Guid station, params DateOnly[] dueDates)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ElderlyCareDbContext>();
        var ids = new List<Guid>();
        foreach (var due in dueDates)
        {
            var plan = new VisitPlan { ElderProfileId = Guid.CreateVersion7(), StationId = station, Tier = RiskTier.General, RegularDueDate = due, NextDueDate = due };
            db.VisitPlans.Add(plan);
            ids.Add(plan.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    private async Task SetWatermarkAsync(DateOnly day)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ElderlyCareDbContext>();
        db.SweepWatermarks.Add(new SweepWatermark { JobId = ElderlyCareVisitRemindersJob.Id, LastSweptDate = day, UpdatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync();
    }

    private async Task<List<VisitReminder>> RemindersAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ElderlyCareDbContext>();
        return await db.VisitReminders.IgnoreQueryFilters().AsNoTracking().OrderBy(r => r.PlanId).ToListAsync();
    }

    private async Task<ElderProfile> ElderAsync(Guid id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ElderlyCareDbContext>().Elders.IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.Id == id);
    }
}
