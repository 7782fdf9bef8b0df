using ModularSocialWork.BuildingBlocks.Mediation;

namespace ModularSocialWork.BuildingBlocks.Security;

/// <summary>
/// Who may be given a person to visit or a task: an active staff member of the record's station or one of its
/// sub-stations (village 社工室). The APIs take any id, and a worker of another town would receive reminders and tasks for
/// someone they cannot even open — so every module checks the same rule here.
/// </summary>
public static class StaffAssignment
{
    public const string NotAssignableMessage = "负责的工作人员不存在，或不属于该档案所在的站点。";

    /// <summary>Whether <paramref name="workerId"/> may be assigned at <paramref name="stationId"/>.</summary>
    public static async Task<bool> IsAssignableAsync(this IStaffDirectory staff, Guid stationId, Guid workerId, CancellationToken cancellationToken) =>
        (await staff.ListAsync(stationId, cancellationToken)).Any(s => s.Id == workerId);

    /// <summary>
    /// The worker to assign when the request names none: the caller if they may be assigned here (a town worker
    /// registering a child of their town), otherwise nobody (a county admin registering it for the town).
    /// </summary>
    public static async Task<Guid?> CallerIfAssignableAsync(this IStaffDirectory staff, ICurrentStaff caller, Guid stationId, CancellationToken cancellationToken) =>
        caller.UserId is { } me && await staff.IsAssignableAsync(stationId, me, cancellationToken) ? me : null;

    /// <summary>Throws a 400 (<see cref="BusinessRuleException"/> on <paramref name="field"/>) unless the worker may be assigned.</summary>
    public static async Task EnsureAssignableAsync(
        this IStaffDirectory staff, Guid stationId, Guid? workerId, CancellationToken cancellationToken, string field = "AssignedWorkerId")
    {
        if (workerId is { } id && !await staff.IsAssignableAsync(stationId, id, cancellationToken))
            throw new BusinessRuleException(NotAssignableMessage, field);
    }
}
