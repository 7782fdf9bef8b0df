using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ModularSocialWork.BuildingBlocks.Reminders;

/// <summary>
/// Which plan columns a reminder copies. Property names (not column names): the SQL is built from the EF model, so
/// table/column renames and schemas follow the module's configuration. Module-agnostic: ElderlyCare's visit plans and
/// ChildProtection's visit plans describe themselves with one of these.
/// </summary>
/// <param name="PlanEntity">The plan entity (one row per subject, with a next-due date).</param>
/// <param name="PlanNextDue">The plan's DateOnly next-due property; reminders are created for plans due on or before the sweep day.</param>
/// <param name="ReminderEntity">The reminder entity; must have a unique index on (<paramref name="ReminderPlanId"/>, <paramref name="ReminderDueDate"/>).</param>
/// <param name="ReminderId">Guid key of the reminder, generated in SQL.</param>
/// <param name="ReminderPlanId">Gets the plan's key.</param>
/// <param name="ReminderDueDate">Gets the plan's next-due date.</param>
/// <param name="ReminderCreatedAt">DateTimeOffset stamp (the provider converter of the model is applied).</param>
/// <param name="Copied">Further reminder property ← plan property pairs (subject, station, worker…).</param>
public sealed record ReminderSweepDescriptor(
    Type PlanEntity,
    string PlanNextDue,
    Type ReminderEntity,
    string ReminderId,
    string ReminderPlanId,
    string ReminderDueDate,
    string ReminderCreatedAt,
    IReadOnlyList<(string ReminderProperty, string PlanProperty)> Copied,
    string PlanId = "Id");

/// <summary>A module's watermark row (one per job id): the last day a sweep covered.</summary>
public interface ISweepWatermark
{
    string JobId { get; set; }
    DateOnly LastSweptDate { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>What one sweep did.</summary>
public sealed record ReminderSweepResult(DateOnly From, DateOnly Through, int Inserted, bool AlreadyCurrent);

/// <summary>
/// The set-based, idempotent reminder sweep (DESIGN.md §5): ONE <c>INSERT … SELECT</c> per sweep, whatever the number of
/// plans — nothing is loaded into memory and no per-visit background job exists. Idempotency is the unique (plan, due
/// date) index: SQLite <c>INSERT OR IGNORE</c>, PostgreSQL <c>ON CONFLICT DO NOTHING</c>, SQL Server <c>NOT EXISTS</c>
/// under <c>UPDLOCK, HOLDLOCK</c> (a duplicate-key error from a racing host is treated as done).
/// </summary>
public static class ReminderSweep
{
    /// <summary>
    /// Catch-up from the watermark: inside one transaction, reads <typeparamref name="TWatermark"/> for
    /// <paramref name="jobId"/> (missing = yesterday), runs <paramref name="beforeInsert"/> for the uncovered days
    /// (from, through] (e.g. re-tiering birthdays, saved by this method), inserts the reminders due through
    /// <paramref name="through"/> and moves the watermark. Retries a few times when another host raced it.
    /// </summary>
    public static async Task<ReminderSweepResult> RunAsync<TWatermark>(
        DbContext context,
        ReminderSweepDescriptor descriptor,
        string jobId,
        DateOnly through,
        DateTimeOffset now,
        Func<DateOnly, DateOnly, CancellationToken, Task>? beforeInsert,
        CancellationToken cancellationToken)
        where TWatermark : class, ISweepWatermark, new()
    {
        for (var attempt = 1; ; attempt++)
        {
            context.ChangeTracker.Clear();
            var strategy = context.Database.CreateExecutionStrategy();
            try
            {
                return await strategy.ExecuteAsync(async ct =>
                {
                    context.ChangeTracker.Clear();
                    await using var transaction = await context.Database.BeginTransactionAsync(ct);
                    var watermark = await context.Set<TWatermark>().FirstOrDefaultAsync(w => w.JobId == jobId, ct);
                    var from = watermark?.LastSweptDate ?? through.AddDays(-1);
                    if (watermark is null)
                    {
                        watermark = new TWatermark { JobId = jobId, LastSweptDate = from, UpdatedAt = now };
                        context.Add(watermark);
                    }

                    if (from < through && beforeInsert is not null) await beforeInsert(from, through, ct);
                    await context.SaveChangesAsync(ct);

                    var inserted = await InsertDueAsync(context, descriptor, through, now, ct);
                    if (watermark.LastSweptDate < through) watermark.LastSweptDate = through;
                    watermark.UpdatedAt = now;
                    await context.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);
                    return new ReminderSweepResult(from, through, inserted, from >= through);
                }, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Another host created the watermark or re-tiered the same profile first: start again from its result.
            }
        }
    }

    /// <summary>The single statement: a reminder for every plan due on or before <paramref name="through"/> that has none for that due date.</summary>
    public static async Task<int> InsertDueAsync(
        DbContext context, ReminderSweepDescriptor descriptor, DateOnly through, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sql = BuildInsertSql(context, descriptor, out var createdAtValue);
        var throughParameter = ParameterValue(context, descriptor.PlanEntity, descriptor.PlanNextDue, through);
        try
        {
            return await context.Database.ExecuteSqlRawAsync(sql, [throughParameter, createdAtValue(now)], cancellationToken);
        }
        catch (DbException e) when (IsSqlServerDuplicateKey(e))
        {
            // The unique index is the last line of defence: a racing host inserted the same (plan, due date).
            return 0;
        }
    }

    /// <summary>The provider-specific statement, with <c>{0}</c> = through and <c>{1}</c> = created-at.</summary>
    public static string BuildInsertSql(DbContext context, ReminderSweepDescriptor descriptor, out Func<DateTimeOffset, object> createdAtValue)
    {
        var provider = context.Database.ProviderName ?? "";
        var sqlHelper = context.GetService<ISqlGenerationHelper>();
        var plan = Entity(context, descriptor.PlanEntity);
        var reminder = Entity(context, descriptor.ReminderEntity);
        var planStore = StoreObjectIdentifier.Table(plan.GetTableName()!, plan.GetSchema());
        var reminderStore = StoreObjectIdentifier.Table(reminder.GetTableName()!, reminder.GetSchema());
        string P(string property) => "p." + sqlHelper.DelimitIdentifier(plan.FindProperty(property)!.GetColumnName(planStore)!);
        string R(string property) => sqlHelper.DelimitIdentifier(reminder.FindProperty(property)!.GetColumnName(reminderStore)!);
        var planTable = sqlHelper.DelimitIdentifier(plan.GetTableName()!, plan.GetSchema());
        var reminderTable = sqlHelper.DelimitIdentifier(reminder.GetTableName()!, reminder.GetSchema());

        var createdAt = reminder.FindProperty(descriptor.ReminderCreatedAt)!;
        var converter = createdAt.GetTypeMapping().Converter;
        createdAtValue = converter is null ? now => now : now => converter.ConvertToProvider(now)!;

        var targetColumns = new List<string> { R(descriptor.ReminderId), R(descriptor.ReminderPlanId), R(descriptor.ReminderDueDate), R(descriptor.ReminderCreatedAt) };
        targetColumns.AddRange(descriptor.Copied.Select(c => R(c.ReminderProperty)));
        var copied = string.Concat(descriptor.Copied.Select(c => ", " + P(c.PlanProperty)));
        var due = P(descriptor.PlanNextDue);
        var planId = P(descriptor.PlanId);
        var columns = string.Join(", ", targetColumns);

        if (provider.Contains("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            // EF stores Guids as upper-case 'XXXXXXXX-XXXX-…' TEXT on SQLite; hex() is upper-case. Version-4 layout.
            var id = "substr(h,1,8)||'-'||substr(h,9,4)||'-4'||substr(h,14,3)||'-'||substr('89AB',1+(abs(random())%4),1)||substr(h,18,3)||'-'||substr(h,21,12)";
            return $"INSERT OR IGNORE INTO {reminderTable} ({columns}) "
                 + $"SELECT {id}, {planId}, {due}, {{1}}{copied} FROM (SELECT hex(randomblob(16)) AS h, * FROM {planTable} WHERE {sqlHelper.DelimitIdentifier(plan.FindProperty(descriptor.PlanNextDue)!.GetColumnName(planStore)!)} <= {{0}}) AS p";
        }

        if (provider.Contains("Npgsql", StringComparison.OrdinalIgnoreCase))
        {
            return $"INSERT INTO {reminderTable} ({columns}) "
                 + $"SELECT gen_random_uuid(), {planId}, {due}, {{1}}{copied} FROM {planTable} AS p WHERE {due} <= {{0}} "
                 + $"ON CONFLICT ({R(descriptor.ReminderPlanId)}, {R(descriptor.ReminderDueDate)}) DO NOTHING";
        }

        if (provider.Contains("SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            return $"INSERT INTO {reminderTable} ({columns}) "
                 + $"SELECT NEWID(), {planId}, {due}, {{1}}{copied} FROM {planTable} AS p WHERE {due} <= {{0}} "
                 + $"AND NOT EXISTS (SELECT 1 FROM {reminderTable} AS r WITH (UPDLOCK, HOLDLOCK) "
                 + $"WHERE r.{R(descriptor.ReminderPlanId)} = {planId} AND r.{R(descriptor.ReminderDueDate)} = {due})";
        }

        throw new NotSupportedException($"Reminder sweep: provider {provider} is not supported.");
    }

    private static IEntityType Entity(DbContext context, Type type) =>
        context.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not part of {context.GetType().Name}.");

    private static object ParameterValue(DbContext context, Type entity, string property, object value)
    {
        var converter = Entity(context, entity).FindProperty(property)!.GetTypeMapping().Converter;
        return converter is null ? value : converter.ConvertToProvider(value)!;
    }

    private static bool IsSqlServerDuplicateKey(DbException e) =>
        e.GetType().FullName == "Microsoft.Data.SqlClient.SqlException"
        && e.GetType().GetProperty("Number")?.GetValue(e) is int number
        && number is 2601 or 2627;
}
