using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Tasks;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.ChildProtection.Data;

namespace ModularSocialWork.Modules.ChildProtection.Features.Visits;

internal sealed record ChildTask(string Kind, Guid ChildProfileId, Guid? CaseId, string ChildName, DateOnly DueDate, Guid? AssignedWorkerId, Guid StationId);

/// <summary>Open visit reminders and due follow-ups within the caller's station scope (the query filters apply).</summary>
internal sealed class ChildTaskQueries(ChildProtectionDbContext db, CountyCalendar calendar)
{
    public const string VisitKind = "visit";
    public const string FollowUpKind = "follow-up";

    public async Task<IReadOnlyList<ChildTask>> OpenAsync(Guid? workerId, int max, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var visits = from r in db.VisitReminders.AsNoTracking()
                     join c in db.Children.AsNoTracking() on r.ChildProfileId equals c.Id
                     where r.ResolvedAt == null && r.DueDate <= today
                     select new { r.ChildProfileId, c.Name, r.DueDate, r.AssignedWorkerId, r.StationId };
        var followUps = from f in db.FollowUps.AsNoTracking()
                        join c in db.Children.AsNoTracking() on f.ChildProfileId equals c.Id
                        where f.CompletedOn == null && f.DueDate <= today
                        select new { f.ChildProfileId, f.CaseId, c.Name, f.DueDate, f.AssignedWorkerId, f.StationId };
        if (workerId is { } id)
        {
            visits = visits.Where(v => v.AssignedWorkerId == id);
            followUps = followUps.Where(f => f.AssignedWorkerId == id);
        }

        var dueVisits = await visits.OrderBy(x => x.DueDate).Take(max).ToListAsync(cancellationToken);
        var dueFollowUps = await followUps.OrderBy(x => x.DueDate).Take(max).ToListAsync(cancellationToken);
        return dueVisits.Select(x => new ChildTask(VisitKind, x.ChildProfileId, null, x.Name, x.DueDate, x.AssignedWorkerId, x.StationId))
            .Concat(dueFollowUps.Select(x => new ChildTask(FollowUpKind, x.ChildProfileId, x.CaseId, x.Name, x.DueDate, x.AssignedWorkerId, x.StationId)))
            .OrderBy(t => t.DueDate).Take(max).ToList();
    }
}

/// <summary>我的待办: the worker's own due child visits and case follow-ups; station managers see all of their scope.</summary>
internal sealed class ChildProtectionTaskSource(ChildTaskQueries queries) : ITaskSource
{
    public const int Cap = 50;

    public async Task<IReadOnlyList<StaffTask>> GetOpenTasksAsync(ICurrentStaff staff, DateOnly today, CancellationToken cancellationToken)
    {
        if (!staff.IsAuthenticated || !staff.HasPermission(ChildProtectionPermissions.CasesWrite)) return [];
        Guid? worker = staff.HasPermission(ChildProtectionPermissions.RemindersManageStation) ? null : staff.UserId;
        if (worker is null && !staff.HasPermission(ChildProtectionPermissions.RemindersManageStation)) return [];
        var tasks = await queries.OpenAsync(worker, Cap, cancellationToken);
        return tasks.Select(t => t.Kind == ChildTaskQueries.VisitKind
                ? new StaffTask("ChildProtection", $"探访儿童 {t.ChildName}", $"Visit child {t.ChildName}", t.DueDate,
                    $"/ChildProtection/Visits/Record?childId={t.ChildProfileId}", t.DueDate < today)
                : new StaffTask("ChildProtection", $"个案跟进 {t.ChildName}", $"Case follow-up {t.ChildName}", t.DueDate,
                    $"/ChildProtection/Cases/Details/{t.CaseId}", t.DueDate < today))
            .ToList();
    }
}
