using ModularSocialWork.BuildingBlocks.Time;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Reminders;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Tasks;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Reminders;

internal sealed record OpenReminder(
    Guid Id, Guid ElderProfileId, string ElderName, RiskTier Tier, Guid StationId, Guid? AssignedWorkerId, DateOnly DueDate, int DaysOverdue);

internal sealed record ReminderPage(IReadOnlyList<OpenReminder> Items, int Total, int Page, int PageSize);

internal sealed record StationReminderCounts(Guid StationId, int DueToday, int Overdue);

/// <summary>Open (unresolved) reminders within the caller's station scope (the query filters apply).</summary>
internal sealed class ReminderQueries(ElderlyCareDbContext db, CountyCalendar calendar)
{
    public const int MaxPageSize = 200;

    public DateOnly Today => calendar.Today;

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid ElderProfileId { get; init; }
        public string ElderName { get; init; } = "";
        public RiskTier Tier { get; init; }
        public Guid StationId { get; init; }
        public Guid? AssignedWorkerId { get; init; }
        public DateOnly DueDate { get; init; }
    }

    // A plain row type (not the record) so EF can filter, order and page on it in SQL.
    private IQueryable<Row> Open(DateOnly today) =>
        from r in db.VisitReminders.AsNoTracking()
        join e in db.Elders.AsNoTracking() on r.ElderProfileId equals e.Id
        where r.ResolvedAt == null && r.DueDate <= today
        select new Row
        {
            Id = r.Id, ElderProfileId = r.ElderProfileId, ElderName = e.Name, Tier = e.RiskTier,
            StationId = r.StationId, AssignedWorkerId = r.AssignedWorkerId, DueDate = r.DueDate,
        };

    private static OpenReminder ToReminder(Row r, DateOnly today) =>
        new(r.Id, r.ElderProfileId, r.ElderName, r.Tier, r.StationId, r.AssignedWorkerId, r.DueDate, today.DayNumber - r.DueDate.DayNumber);

    public async Task<ReminderPage> ListAsync(bool overdueOnly, int page, int pageSize, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = Open(today);
        if (overdueOnly) query = query.Where(r => r.DueDate < today);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.DueDate).ThenBy(r => r.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new ReminderPage(rows.Select(r => ToReminder(r, today)).ToList(), total, page, pageSize);
    }

    public async Task<IReadOnlyList<StationReminderCounts>> CountsByStationAsync(CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var rows = await db.VisitReminders.AsNoTracking()
            .Where(r => r.ResolvedAt == null && r.DueDate <= today)
            .GroupBy(r => r.StationId)
            .Select(g => new StationReminderCounts(g.Key, g.Count(r => r.DueDate == today), g.Count(r => r.DueDate < today)))
            .ToListAsync(cancellationToken);
        return rows;
    }

    public async Task<IReadOnlyList<OpenReminder>> ForStaffAsync(Guid? userId, bool wholeStation, int max, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var query = Open(today);
        if (!wholeStation)
        {
            if (userId is not { } id) return [];
            query = query.Where(r => r.AssignedWorkerId == id);
        }

        var rows = await query.OrderBy(r => r.DueDate).ThenBy(r => r.Id).Take(max).ToListAsync(cancellationToken);
        return rows.Select(r => ToReminder(r, today)).ToList();
    }

    public static string TierZh(RiskTier tier) => tier switch { RiskTier.HighRisk => "高风险", RiskTier.Key => "重点", _ => "一般" };

    public static string TierEn(RiskTier tier) => tier switch { RiskTier.HighRisk => "high risk", RiskTier.Key => "key", _ => "general" };
}

/// <summary>我的待办: the worker's own due visits; station managers see every open reminder of their acting scope.</summary>
internal sealed class ElderlyCareTaskSource(ReminderQueries queries) : ITaskSource
{
    public const int Cap = 50;

    public async Task<IReadOnlyList<StaffTask>> GetOpenTasksAsync(ICurrentStaff staff, DateOnly today, CancellationToken cancellationToken)
    {
        if (!staff.IsAuthenticated || !staff.HasPermission(ElderlyCarePermissions.EldersRead)) return [];
        var wholeStation = staff.HasPermission(ElderlyCarePermissions.RemindersManageStation);
        var reminders = await queries.ForStaffAsync(staff.UserId, wholeStation, Cap, cancellationToken);
        return reminders.Select(r => new StaffTask(
                "ElderlyCare",
                $"探访 {r.ElderName}（{ReminderQueries.TierZh(r.Tier)}）",
                $"Visit {r.ElderName} ({ReminderQueries.TierEn(r.Tier)})",
                r.DueDate,
                $"/ElderlyCare/Visits/Record?elderId={r.ElderProfileId}",
                r.DueDate < today))
            .ToList();
    }
}
