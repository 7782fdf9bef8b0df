using ModularSocialWork.BuildingBlocks.Time;
using Microsoft.Extensions.Time.Testing;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Reminders;
using ModularSocialWork.Modules.ElderlyCare;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Features.Sweep;

namespace ModularSocialWork.UnitTests.Reminders;

/// <summary>The one statement per provider, built from the EF model (no server needed to build it).</summary>
public sealed class ReminderSweepSqlTests
{
    [Fact]
    public void Sqlite_uses_insert_or_ignore_and_upper_case_text_guids()
    {
        using var db = new ElderlyCareSqliteDbContext(ModuleDbContextOptions.DesignTime<ElderlyCareSqliteDbContext>(DatabaseProvider.Sqlite, ElderlyCareModule.SchemaName));
        var sql = ReminderSweep.BuildInsertSql(db, ElderlyCareVisitRemindersJob.Descriptor, out var createdAt);

        Assert.StartsWith("INSERT OR IGNORE INTO \"VisitReminders\"", sql);
        Assert.Contains("hex(randomblob(16))", sql);
        Assert.Contains("\"NextDueDate\" <= {0}", sql);
        Assert.IsType<long>(createdAt(DateTimeOffset.UtcNow)); // the model's DateTimeOffset → INTEGER converter is applied
    }

    [Fact]
    public void PostgreSql_uses_on_conflict_do_nothing_on_the_unique_plan_and_due_date()
    {
        using var db = new ElderlyCarePostgresDbContext(ModuleDbContextOptions.DesignTime<ElderlyCarePostgresDbContext>(DatabaseProvider.PostgreSql, ElderlyCareModule.SchemaName));
        var sql = ReminderSweep.BuildInsertSql(db, ElderlyCareVisitRemindersJob.Descriptor, out _);

        Assert.StartsWith("INSERT INTO elderly_care.\"VisitReminders\"", sql);
        Assert.Contains("gen_random_uuid()", sql);
        Assert.EndsWith("ON CONFLICT (\"PlanId\", \"DueDate\") DO NOTHING", sql);
    }

    [Fact]
    public void SqlServer_probes_with_updlock_holdlock()
    {
        using var db = new ElderlyCareSqlServerDbContext(ModuleDbContextOptions.DesignTime<ElderlyCareSqlServerDbContext>(DatabaseProvider.SqlServer, ElderlyCareModule.SchemaName));
        var sql = ReminderSweep.BuildInsertSql(db, ElderlyCareVisitRemindersJob.Descriptor, out _);

        Assert.StartsWith("INSERT INTO [elderly_care].[VisitReminders]", sql);
        Assert.Contains("NEWID()", sql);
        Assert.Contains("WITH (UPDLOCK, HOLDLOCK)", sql);
        Assert.Contains("NOT EXISTS", sql);
    }

    [Fact]
    public void County_today_follows_the_time_zone_not_utc()
    {
        // 23:30 UTC on 9 March is 07:30 on 10 March in Shanghai: the sweep's "today" is the 10th.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 9, 23, 30, 0, TimeSpan.Zero));
        var calendar = new CountyCalendar(clock, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        Assert.Equal(new DateOnly(2026, 3, 10), calendar.Today);
    }
}
