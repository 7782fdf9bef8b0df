using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Features.Cases;

/// <summary>
/// The one place a case changes status: asks <see cref="CaseStateMachine"/> first (409 with the reason, nothing changed,
/// when the table says no) and records the transition with who and the comment. Callers change the case's fields
/// only after <see cref="Move"/> returned, and save once.
/// </summary>
internal static class CaseWorkflow
{
    public static async Task<ChildCase> LoadAsync(ChildProtectionDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken) ?? throw new NotFoundException("找不到该个案。");

    public static void Move(ChildProtectionDbContext db, ChildCase childCase, CaseAction action, string? comment, ICurrentStaff staff, DateTimeOffset now)
    {
        if (!CaseStateMachine.TryNext(childCase.Status, action, out var next))
            throw new ConflictException(CaseStateMachine.RefusalMessage(childCase.Status, action));

        db.CaseTransitions.Add(new CaseTransition
        {
            CaseId = childCase.Id,
            StationId = childCase.StationId,
            Action = action,
            From = childCase.Status,
            To = next,
            Comment = ChildRules.Clean(comment),
            ByUserId = staff.UserId,
            ByName = ChildRules.ActorName(staff),
            At = now,
        });
        childCase.Status = next;
    }
}
