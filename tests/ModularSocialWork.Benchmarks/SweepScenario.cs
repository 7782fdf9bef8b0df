using ModularSocialWork.BuildingBlocks.Time;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Reminders;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Features.Sweep;

namespace ModularSocialWork.Benchmarks;

/// <summary>
/// Issue 4 measure 2: the product's visit-reminder sweep (<see cref="ElderlyCareVisitRemindersJob"/>: watermark,
/// birthday re-tier, one set-based INSERT) over <c>plans</c> plans of which <c>due</c> are due, against a raw-SQL
/// <c>INSERT OR IGNORE … SELECT</c> on a copy of the same database, same process and run. SQLite, the real migrations.
/// </summary>
internal static class SweepScenario
{
    private const string Schema = "elderly_care";

    public static async Task RunAsync(int plans, int due)
    {
        var root = Path.Combine(Path.GetTempPath(), "msw-bench-sweep", Guid.NewGuid().ToString("N"));
        var productDir = Path.Combine(root, "product");
        var baselineDir = Path.Combine(root, "baseline");
        Directory.CreateDirectory(productDir);
        Directory.CreateDirectory(baselineDir);
        try
        {
            var timeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
            var calendar = new CountyCalendar(TimeProvider.System, timeZone);
            var today = calendar.Today;
            var product = Settings(productDir);

            await using (var db = Context(product))
            {
                await db.Database.MigrateAsync();
            }

            var setup = Stopwatch.StartNew();
            BulkInsertPlans(product.SqliteFile(Schema), plans, due, today);
            Console.WriteLine($"setup: {plans:N0} plans ({due:N0} due through {today:yyyy-MM-dd}) inserted in {setup.Elapsed.TotalSeconds:F1} s (not measured)");
            SqliteConnection.ClearAllPools();
            File.Copy(product.SqliteFile(Schema), Path.Combine(baselineDir, Schema + ".db"));

            var runs = new List<(double Seconds, long PeakBytes, int Inserted)>();
            for (var run = 0; run < 3; run++)
            {
                var inserted = 0;
                var measured = await Footprint.MeasureAsync(async () =>
                {
                    await using var db = Context(product);
                    var job = new ElderlyCareVisitRemindersJob(db, calendar);
                    inserted = (await job.SweepAsync(CancellationToken.None)).Inserted;
                });
                runs.Add((measured.Seconds, measured.PeakBytes, inserted));
            }

            var baselineInserted = 0;
            var baseline = await Footprint.MeasureAsync(() => Task.Run(() => baselineInserted = RawSweep(Path.Combine(baselineDir, Schema + ".db"), today)));
            var baselineRerun = await Footprint.MeasureAsync(() => Task.Run(() => RawSweep(Path.Combine(baselineDir, Schema + ".db"), today)));

            var count = CountReminders(product.SqliteFile(Schema));
            Console.WriteLine();
            Console.WriteLine($"### Sweep: {plans:N0} plans, {due:N0} due (SQLite, synchronous=FULL — the product default)");
            Console.WriteLine();
            Console.WriteLine("| | product sweep | raw `INSERT OR IGNORE … SELECT` | ratio | goal |");
            Console.WriteLine("|---|---|---|---|---|");
            Console.WriteLine($"| first run, wall time | {runs[0].Seconds * 1000:F0} ms | {baseline.Seconds * 1000:F0} ms | {runs[0].Seconds / baseline.Seconds:F2}× | ≤ 5 s, ≤ 2× |");
            Console.WriteLine($"| re-run 2 (idempotent) | {runs[1].Seconds * 1000:F0} ms | {baselineRerun.Seconds * 1000:F0} ms | {runs[1].Seconds / baselineRerun.Seconds:F2}× | |");
            Console.WriteLine($"| re-run 3 (idempotent) | {runs[2].Seconds * 1000:F0} ms | | | |");
            Console.WriteLine($"| peak working-set growth (first run) | {runs[0].PeakBytes / 1048576.0:F0} MB | {baseline.PeakBytes / 1048576.0:F0} MB | | ≤ 200 MB |");
            Console.WriteLine($"| reminders inserted (runs 1/2/3) | {runs[0].Inserted:N0} / {runs[1].Inserted:N0} / {runs[2].Inserted:N0} | {baselineInserted:N0} | | {due:N0} / 0 / 0 |");
            Console.WriteLine($"| reminders in table after 3 runs | {count:N0} | | | {due:N0} |");
            Console.WriteLine("| Hangfire jobs per sweep | 1 (one recurring job runs one statement; no per-visit jobs exist) | | | 1 |");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    // The product's default durability (Database:SqliteSynchronous = FULL), for the sweep and the raw baseline alike.
    private static DatabaseSettings Settings(string directory) =>
        new() { Provider = DatabaseProvider.Sqlite, DataDirectory = directory, SqliteSynchronous = "FULL" };

    private static ElderlyCareSqliteDbContext Context(DatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<ElderlyCareSqliteDbContext>();
        ModuleDbContextOptions.Configure(builder, settings, Schema);
        return new ElderlyCareSqliteDbContext(builder.Options);
    }

    private static void BulkInsertPlans(string file, int plans, int due, DateOnly today)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;";
            pragma.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO VisitPlans (Id, ElderProfileId, StationId, AssignedWorkerId, Tier, RegularDueDate, NextDueDate, CreatedAt, Version) "
                           + "VALUES ($id, $elder, $station, $worker, 'General', $due, $due, 0, $version)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var elder = insert.Parameters.Add("$elder", SqliteType.Text);
        var station = insert.Parameters.Add("$station", SqliteType.Text);
        var worker = insert.Parameters.Add("$worker", SqliteType.Text);
        var dueDate = insert.Parameters.Add("$due", SqliteType.Text);
        var version = insert.Parameters.Add("$version", SqliteType.Text);
        insert.Prepare();
        var stations = Enumerable.Range(0, 20).Select(_ => Guid.CreateVersion7().ToString().ToUpperInvariant()).ToArray();
        var workers = Enumerable.Range(0, 400).Select(_ => Guid.CreateVersion7().ToString().ToUpperInvariant()).ToArray();
        var random = new Random(42);
        // Every (plans/due)-th plan is due (spread over the last 30 days); the rest are due in the next 1–90 days.
        var stride = Math.Max(1, plans / Math.Max(1, due));
        for (var i = 0; i < plans; i++)
        {
            var isDue = i % stride == 0 && i / stride < due;
            id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            elder.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            station.Value = stations[i % stations.Length];
            worker.Value = workers[i % workers.Length];
            dueDate.Value = (isDue ? today.AddDays(-random.Next(0, 30)) : today.AddDays(random.Next(1, 91))).ToString("yyyy-MM-dd");
            version.Value = Guid.NewGuid().ToString().ToUpperInvariant();
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        checkpoint.ExecuteNonQuery();
    }

    /// <summary>The baseline: the bare statement on a plain connection, no EF, no watermark, no re-tier.</summary>
    private static int RawSweep(string file, DateOnly today)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;";
        pragma.ExecuteNonQuery();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO VisitReminders (Id, PlanId, DueDate, CreatedAt, ElderProfileId, StationId, AssignedWorkerId) "
                            + "SELECT upper(hex(randomblob(16))), Id, NextDueDate, $now, ElderProfileId, StationId, AssignedWorkerId FROM VisitPlans WHERE NextDueDate <= $today";
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$today", today.ToString("yyyy-MM-dd"));
        return command.ExecuteNonQuery();
    }

    private static long CountReminders(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM VisitReminders";
        return (long)command.ExecuteScalar()!;
    }

}
