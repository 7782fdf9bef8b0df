using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Features.Cases;

/// <summary>Plans a follow-up (跟进) with its due date; only while the case is in service (409 otherwise).</summary>
internal static class AddFollowUp
{
    [RequiresPermission(ChildProtectionPermissions.CasesWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public Guid CaseId { get; init; }
        public DateOnly? DueDate { get; init; }
        public string? Task { get; init; }
        public Guid? AssignedWorkerId { get; init; }

        public string AuditAction => "ChildProtection.FollowUps.Add";
        public string AuditEntityType => "CaseFollowUp";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CountyCalendar calendar)
        {
            // Today is read when a rule runs, not when the validator is built: validators live as long as the process.
            RuleFor(c => c.DueDate).NotNull().WithMessage("请填写跟进日期。");
            RuleFor(c => c.DueDate).Must(d => d is null || (d >= calendar.Today.AddDays(-30) && d <= calendar.Today.AddYears(1)))
                .WithMessage("跟进日期应在过去 30 天到未来一年之间。");
            RuleFor(c => c.Task).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("请填写跟进内容。");
            RuleFor(c => c.Task).MaximumLength(1000).WithMessage("跟进内容不能超过 1000 个字符。");
        }
    }

    internal sealed class Handler(ChildProtectionDbContext db, IStaffDirectory staffDirectory) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var childCase = await CaseWorkflow.LoadAsync(db, request.CaseId, cancellationToken);
            if (!CaseStateMachine.AcceptsFollowUps(childCase.Status))
                throw new ConflictException($"个案当前处于「{CaseStateMachine.StatusZh(childCase.Status)}」阶段，服务计划批准后才能安排跟进。");
            await staffDirectory.EnsureAssignableAsync(childCase.StationId, request.AssignedWorkerId, cancellationToken);

            var followUp = new CaseFollowUp
            {
                CaseId = childCase.Id,
                ChildProfileId = childCase.ChildProfileId,
                StationId = childCase.StationId,
                AssignedWorkerId = request.AssignedWorkerId ?? childCase.AssignedWorkerId,
                DueDate = request.DueDate!.Value,
                Task = request.Task!.Trim(),
            };
            db.FollowUps.Add(followUp);
            await db.SaveChangesAsync(cancellationToken);
            return followUp.Id;
        }
    }
}

/// <summary>Records what a follow-up found (done today unless given); a done follow-up cannot be done again (409).</summary>
internal static class CompleteFollowUp
{
    [RequiresPermission(ChildProtectionPermissions.CasesWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public Guid Id { get; init; }
        public DateOnly? CompletedOn { get; init; }
        public string? Result { get; init; }

        public string AuditAction => "ChildProtection.FollowUps.Complete";
        public string AuditEntityType => "CaseFollowUp";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CountyCalendar calendar)
        {
            // Today is read when a rule runs, not when the validator is built: validators live as long as the process.
            RuleFor(c => c.CompletedOn).Must(d => d is null || d <= calendar.Today).WithMessage("完成日期不能晚于今天。");
            RuleFor(c => c.Result).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("请填写跟进情况。");
            RuleFor(c => c.Result).MaximumLength(ChildCase.TextMaxLength).WithMessage("跟进情况不能超过 2000 个字符。");
        }
    }

    internal sealed class Handler(ChildProtectionDbContext db, CountyCalendar calendar) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.Id == request.Id, cancellationToken) ?? throw new NotFoundException("找不到该跟进。");
            if (followUp.CompletedOn is not null) throw new ConflictException("该跟进已完成。");
            var childCase = await CaseWorkflow.LoadAsync(db, followUp.CaseId, cancellationToken);
            if (childCase.Status == CaseStatus.Closed) throw new ConflictException("个案已结案，不能再记录跟进。");

            followUp.CompletedOn = request.CompletedOn ?? calendar.Today;
            followUp.Result = request.Result!.Trim();
            await db.SaveChangesAsync(cancellationToken);
            return followUp.Id;
        }
    }
}
