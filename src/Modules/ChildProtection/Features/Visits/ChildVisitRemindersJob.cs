using ModularSocialWork.BuildingBlocks.Jobs;
using ModularSocialWork.BuildingBlocks.Reminders;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Features.Visits;

/// <summary>
/// <c>child-protection:visit-reminders</c>, daily 07:40 county time: the shared set-based sweep of BuildingBlocks
/// (one <c>INSERT … SELECT</c>, idempotent on (plan, due date), catching up from the stored watermark) over the
/// children's visit plans. The host schedules it; this module never references Hangfire.
/// </summary>
internal sealed class ChildVisitRemindersJob(ChildProtectionDbContext db, CountyCalendar calendar) : IRecurringJob
{
    public const string Id = "child-protection:visit-reminders";
    public const string Cron = "40 7 * * *";

    public static readonly ReminderSweepDescriptor Descriptor = new(
        PlanEntity: typeof(ChildVisitPlan),
        PlanNextDue: nameof(ChildVisitPlan.NextDueDate),
        ReminderEntity: typeof(ChildVisitReminder),
        ReminderId: nameof(ChildVisitReminder.Id),
        ReminderPlanId: nameof(ChildVisitReminder.PlanId),
        ReminderDueDate: nameof(ChildVisitReminder.DueDate),
        ReminderCreatedAt: nameof(ChildVisitReminder.CreatedAt),
        Copied:
        [
            (nameof(ChildVisitReminder.ChildProfileId), nameof(ChildVisitPlan.ChildProfileId)),
            (nameof(ChildVisitReminder.StationId), nameof(ChildVisitPlan.StationId)),
            (nameof(ChildVisitReminder.AssignedWorkerId), nameof(ChildVisitPlan.AssignedWorkerId)),
        ]);

    public Task RunAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    public Task<ReminderSweepResult> SweepAsync(CancellationToken cancellationToken) =>
        ReminderSweep.RunAsync<ChildSweepWatermark>(db, Descriptor, Id, calendar.Today, calendar.Now, null, cancellationToken);
}
