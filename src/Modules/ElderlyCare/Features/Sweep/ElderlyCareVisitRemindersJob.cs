using ModularSocialWork.BuildingBlocks.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Jobs;
using ModularSocialWork.BuildingBlocks.Reminders;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Sweep;

/// <summary>
/// <c>elderly-care:visit-reminders</c>, daily 07:30 county time (one Hangfire recurring job; the host runs it, and
/// "run now" triggers the same job). Catches up from the watermark: re-tiers elders whose birthday crossed a policy age
/// since the last sweep, then creates — in ONE set-based statement — a reminder for every plan due through today.
/// </summary>
internal sealed class ElderlyCareVisitRemindersJob(ElderlyCareDbContext db, CountyCalendar calendar) : IRecurringJob
{
    public const string Id = "elderly-care:visit-reminders";
    public const string Cron = "30 7 * * *";

    public static readonly ReminderSweepDescriptor Descriptor = new(
        PlanEntity: typeof(VisitPlan),
        PlanNextDue: nameof(VisitPlan.NextDueDate),
        ReminderEntity: typeof(VisitReminder),
        ReminderId: nameof(VisitReminder.Id),
        ReminderPlanId: nameof(VisitReminder.PlanId),
        ReminderDueDate: nameof(VisitReminder.DueDate),
        ReminderCreatedAt: nameof(VisitReminder.CreatedAt),
        Copied:
        [
            (nameof(VisitReminder.ElderProfileId), nameof(VisitPlan.ElderProfileId)),
            (nameof(VisitReminder.StationId), nameof(VisitPlan.StationId)),
            (nameof(VisitReminder.AssignedWorkerId), nameof(VisitPlan.AssignedWorkerId)),
        ]);

    public Task RunAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    /// <summary>"Run now" from a request: the same sweep, as system work (county-wide, not the caller's station scope).</summary>
    public static Task<ReminderSweepResult> RunNowAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        SystemWork.RunAsync(scopes, (services, ct) => services.GetRequiredService<ElderlyCareVisitRemindersJob>().SweepAsync(ct), cancellationToken);

    public Task<ReminderSweepResult> SweepAsync(CancellationToken cancellationToken) =>
        ReminderSweep.RunAsync<SweepWatermark>(
            db, Descriptor, Id, calendar.Today, calendar.Now,
            (from, through, ct) => BirthdayRetier.ApplyAsync(db, from, through, ct),
            cancellationToken);
}

/// <summary>Re-tiers the elders who reached a policy's minimum age in (from, through], and replans their plans.</summary>
internal static class BirthdayRetier
{
    public static async Task<int> ApplyAsync(ElderlyCareDbContext db, DateOnly from, DateOnly through, CancellationToken cancellationToken)
    {
        var rules = await db.TierRules.AsNoTracking().ToListAsync(cancellationToken);
        if (rules.Count == 0) rules = VisitPolicy.DefaultRules().ToList();
        var cadences = await db.TierCadences.AsNoTracking().ToListAsync(cancellationToken);
        if (cadences.Count == 0) cadences = VisitPolicy.DefaultCadences().ToList();

        var ages = rules.Where(r => r.MinimumAge is not null).Select(r => r.MinimumAge!.Value).Distinct().ToList();
        if (ages.Count == 0) return 0;

        // Birth-date windows (a day wider each side for 29 February), then the exact test in memory: only those elders load.
        var changed = 0;
        foreach (var age in ages)
        {
            var lowest = from.AddYears(-age).AddDays(-1);
            var highest = through.AddYears(-age).AddDays(1);
            var candidates = await db.Elders.IgnoreQueryFilters()
                .Where(e => e.BirthDate != null && e.BirthDate >= lowest && e.BirthDate <= highest)
                .ToListAsync(cancellationToken);
            candidates = candidates
                .Where(e => VisitPolicy.AgeOn(e.BirthDate, from) < age && VisitPolicy.AgeOn(e.BirthDate, through) >= age)
                .ToList();
            if (candidates.Count == 0) continue;

            var ids = candidates.Select(e => e.Id).ToList();
            var plans = await db.VisitPlans.IgnoreQueryFilters().Where(p => ids.Contains(p.ElderProfileId)).ToDictionaryAsync(p => p.ElderProfileId, cancellationToken);
            foreach (var elder in candidates)
            {
                var derived = VisitPolicy.DeriveTier(VisitPolicy.ParseTags(elder.TagCodes), VisitPolicy.AgeOn(elder.BirthDate, through), rules);
                if (derived == elder.DerivedTier) continue;
                elder.DerivedTier = derived;
                var effective = elder.TierOverride ?? derived;
                if (effective == elder.RiskTier) continue;
                elder.RiskTier = effective;
                changed++;
                if (plans.TryGetValue(elder.Id, out var plan) && cadences.FirstOrDefault(c => c.Tier == effective) is { } cadence)
                {
                    // A never-visited plan keeps its start (its first visit is already due).
                    VisitPolicy.Replan(plan, effective, cadence, plan.RegularDueDate);
                }
            }
        }

        return changed;
    }
}
