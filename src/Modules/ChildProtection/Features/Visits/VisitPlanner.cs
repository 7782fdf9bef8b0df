using Microsoft.EntityFrameworkCore;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Features.Visits;

/// <summary>What every save of a profile or visit does to the child's plan: cadence from the county's table, replan.</summary>
internal static class VisitPlanner
{
    public static async Task<ChildVisitPlan> PlanAsync(ChildProtectionDbContext db, ChildProfile profile, DateOnly today, CancellationToken cancellationToken)
    {
        var plan = await db.VisitPlans.FirstOrDefaultAsync(p => p.ChildProfileId == profile.Id, cancellationToken);
        var isNew = plan is null;
        if (plan is null)
        {
            plan = new ChildVisitPlan { ChildProfileId = profile.Id, StationId = profile.StationId };
            db.VisitPlans.Add(plan);
        }

        plan.StationId = profile.StationId;
        plan.AssignedWorkerId = profile.AssignedWorkerId;
        var cadences = await db.Cadences.AsNoTracking().ToListAsync(cancellationToken);
        // A never-visited plan keeps its first due date (the day the profile was opened).
        var start = isNew || plan.NextDueDate == default ? today : plan.NextDueDate;
        ChildVisitPolicy.Replan(plan, ChildVisitPolicy.CadenceFor(profile.Category, cadences), plan.LastVisitDate is null ? start : today);
        return plan;
    }
}
