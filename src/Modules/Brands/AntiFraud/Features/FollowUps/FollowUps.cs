using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Jobs;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Tasks;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.Brands.AntiFraud.Data;

namespace ModularSocialWork.Modules.Brands.AntiFraud.Features.FollowUps;

internal sealed record FollowUpItem(Guid Id, Guid StationId, Guid ResidentId, string ResidentName, Guid ActivityId,
    DateOnly DueDate, string? Reason, bool Overdue, bool Escalated);

/// <summary>Open follow-up visits of the caller's station scope, the most urgent first.</summary>
[RequiresPermission(AntiFraudPermissions.Read)]
internal sealed record ListOpenFollowUps : IRequest<IReadOnlyList<FollowUpItem>>;

/// <summary>The follow-up visit was made: what came of it (e.g. "已劝阻转账，联系家属").</summary>
[RequiresPermission(AntiFraudPermissions.Write)]
internal sealed record CompleteFollowUp(Guid Id, string Outcome) : IRequest, IAuditedCommand
{
    public string AuditAction => "AntiFraudBrand.FollowUp.Complete";
    public string AuditEntityType => "AntiFraudFollowUp";
}

internal sealed class CompleteFollowUpValidator : AbstractValidator<CompleteFollowUp>
{
    public CompleteFollowUpValidator() =>
        RuleFor(c => c.Outcome).NotEmpty().WithMessage("请填写回访结果。").MaximumLength(500).WithMessage("回访结果最多 500 字。");
}

internal sealed class FollowUpHandlers(AntiFraudDbContext db, CountyCalendar calendar) :
    IRequestHandler<ListOpenFollowUps, IReadOnlyList<FollowUpItem>>,
    IRequestHandler<CompleteFollowUp>
{
    public async Task<IReadOnlyList<FollowUpItem>> Handle(ListOpenFollowUps request, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var rows = await db.FollowUps.AsNoTracking().Where(f => f.CompletedOn == null)
            .OrderBy(f => f.DueDate).Take(200).ToListAsync(cancellationToken);
        return rows.Select(f => new FollowUpItem(f.Id, f.StationId, f.ResidentId, f.ResidentName, f.ActivityId, f.DueDate,
            f.Reason, f.DueDate < today, f.Escalated)).ToList();
    }

    public async Task<MediatR.Unit> Handle(CompleteFollowUp request, CancellationToken cancellationToken)
    {
        var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("找不到该回访任务。");
        if (followUp.CompletedOn is not null) throw new ConflictException("该回访已完成。");
        followUp.CompletedOn = calendar.Today;
        followUp.Outcome = request.Outcome.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>Open follow-ups in "我的待办" for staff who may record activities, within their station scope.</summary>
internal sealed class FollowUpTaskSource(AntiFraudDbContext db) : ITaskSource
{
    public async Task<IReadOnlyList<StaffTask>> GetOpenTasksAsync(ICurrentStaff staff, DateOnly today, CancellationToken cancellationToken)
    {
        if (!staff.HasPermission(AntiFraudPermissions.Write)) return [];
        var rows = await db.FollowUps.AsNoTracking().Where(f => f.CompletedOn == null)
            .OrderBy(f => f.DueDate).Take(50)
            .Select(f => new { f.Id, f.ResidentName, f.DueDate })
            .ToListAsync(cancellationToken);
        return rows.Select(f => new StaffTask(AntiFraudBrandModule.ModuleId,
            $"反诈回访：{f.ResidentName}（反映可疑电话/转账）", $"Anti-fraud follow-up: {f.ResidentName}",
            f.DueDate, $"/AntiFraudBrand#followup-{f.Id:N}", f.DueDate < today)).ToList();
    }
}

/// <summary>
/// Daily: follow-ups more than a week past due are flagged for the station manager. One set-based update; running it
/// twice changes nothing.
/// </summary>
internal sealed class FollowUpEscalationJob(AntiFraudDbContext db, CountyCalendar calendar) : IRecurringJob
{
    public const string Id = "anti-fraud-brand:follow-up-escalation";
    public const string Cron = "0 8 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var limit = calendar.Today.AddDays(-7);
        await db.FollowUps.Where(f => f.CompletedOn == null && !f.Escalated && f.DueDate < limit)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Escalated, true), cancellationToken);
    }
}
