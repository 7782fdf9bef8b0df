using FluentValidation;
using MediatR;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Features.Cases;

/// <summary>评估: the worker fills the scored form; the score gives the proposed risk level; the supervisor decides.</summary>
internal static class SubmitAssessment
{
    [RequiresPermission(ChildProtectionPermissions.CasesWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public Guid Id { get; init; }
        public IReadOnlyList<int>? Answers { get; init; }
        public string? Notes { get; init; }

        public string AuditAction => "ChildProtection.Cases.SubmitAssessment";
        public string AuditEntityType => "ChildCase";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Answers).Must(RiskAssessmentForm.IsValid)
                .WithMessage($"请为评估表的全部 {RiskAssessmentForm.Items.Count} 项打分（每项 0–{RiskAssessmentForm.MaxPerItem} 分）。");
            RuleFor(c => c.Notes).MaximumLength(ChildCase.TextMaxLength).WithMessage("评估说明不能超过 2000 个字符。");
        }
    }

    internal sealed class Handler(ChildProtectionDbContext db, CountyCalendar calendar, ICurrentStaff staff) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var childCase = await CaseWorkflow.LoadAsync(db, request.Id, cancellationToken);
            CaseWorkflow.Move(db, childCase, CaseAction.SubmitAssessment, request.Notes, staff, calendar.Now);
            childCase.AssessmentAnswers = RiskAssessmentForm.Format(request.Answers!);
            childCase.AssessmentScore = RiskAssessmentForm.Score(request.Answers!);
            childCase.AssessedRiskLevel = RiskAssessmentForm.Level(request.Answers!);
            childCase.AssessmentNotes = ChildRules.Clean(request.Notes);
            await db.SaveChangesAsync(cancellationToken);
            return childCase.Id;
        }
    }
}

/// <summary>服务计划: goals and actions, submitted for the supervisor's approval.</summary>
internal static class SubmitPlan
{
    [RequiresPermission(ChildProtectionPermissions.CasesWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public Guid Id { get; init; }
        public string? Goals { get; init; }
        public string? Actions { get; init; }

        public string AuditAction => "ChildProtection.Cases.SubmitPlan";
        public string AuditEntityType => "ChildCase";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Goals).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("请填写服务目标。");
            RuleFor(c => c.Actions).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("请填写服务措施。");
            RuleFor(c => c.Goals).MaximumLength(ChildCase.TextMaxLength).WithMessage("服务目标不能超过 2000 个字符。");
            RuleFor(c => c.Actions).MaximumLength(ChildCase.TextMaxLength).WithMessage("服务措施不能超过 2000 个字符。");
        }
    }

    internal sealed class Handler(ChildProtectionDbContext db, CountyCalendar calendar, ICurrentStaff staff) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var childCase = await CaseWorkflow.LoadAsync(db, request.Id, cancellationToken);
            CaseWorkflow.Move(db, childCase, CaseAction.SubmitPlan, null, staff, calendar.Now);
            childCase.PlanGoals = request.Goals!.Trim();
            childCase.PlanActions = request.Actions!.Trim();
            await db.SaveChangesAsync(cancellationToken);
            return childCase.Id;
        }
    }
}

/// <summary>申请结案 with the reason; the supervisor decides.</summary>
internal static class RequestClosure
{
    [RequiresPermission(ChildProtectionPermissions.CasesWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public Guid Id { get; init; }
        public string? Reason { get; init; }

        public string AuditAction => "ChildProtection.Cases.RequestClosure";
        public string AuditEntityType => "ChildCase";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).Must(r => r is not null && r.Trim().Length >= 2).WithMessage("请填写结案理由（至少 2 个字）。");
            RuleFor(c => c.Reason).MaximumLength(ChildCase.TextMaxLength).WithMessage("结案理由不能超过 2000 个字符。");
        }
    }

    internal sealed class Handler(ChildProtectionDbContext db, CountyCalendar calendar, ICurrentStaff staff) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var childCase = await CaseWorkflow.LoadAsync(db, request.Id, cancellationToken);
            CaseWorkflow.Move(db, childCase, CaseAction.RequestClosure, request.Reason, staff, calendar.Now);
            childCase.ClosureReason = request.Reason!.Trim();
            await db.SaveChangesAsync(cancellationToken);
            return childCase.Id;
        }
    }
}

/// <summary>
/// The supervisor's decision on whatever the case waits for (assessment, plan or closure): approve or return, with a
/// comment (required when returning). Approving the assessment sets the child's risk level; approving closure closes.
/// </summary>
internal static class DecideCase
{
    [RequiresPermission(ChildProtectionPermissions.CasesApprove)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public Guid Id { get; init; }
        public bool Approve { get; init; }
        public string? Comment { get; init; }

        public string AuditAction => "ChildProtection.Cases.Decide";
        public string AuditEntityType => "ChildCase";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Comment).Must(r => r is not null && r.Trim().Length >= 2).When(c => !c.Approve)
                .WithMessage("退回时请填写审批意见（至少 2 个字）。");
            RuleFor(c => c.Comment).MaximumLength(1000).WithMessage("审批意见不能超过 1000 个字符。");
        }
    }

    internal sealed class Handler(ChildProtectionDbContext db, CountyCalendar calendar, ICurrentStaff staff) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var childCase = await CaseWorkflow.LoadAsync(db, request.Id, cancellationToken);
            if (CaseStateMachine.PendingDecision(childCase.Status) is not { } pending)
                throw new ConflictException($"个案当前处于「{CaseStateMachine.StatusZh(childCase.Status)}」阶段，没有待审批的事项。");

            var action = request.Approve ? pending.Approve : pending.Return;
            CaseWorkflow.Move(db, childCase, action, request.Comment, staff, calendar.Now);
            if (action == CaseAction.ApproveAssessment && childCase.AssessedRiskLevel is { } level)
            {
                var child = await db.Children.FirstAsync(c => c.Id == childCase.ChildProfileId, cancellationToken);
                child.RiskLevel = level;
            }

            if (action == CaseAction.ApproveClosure) childCase.ClosedOn = calendar.Today;
            await db.SaveChangesAsync(cancellationToken);
            return childCase.Id;
        }
    }
}

/// <summary>重新开案: a closed case opens again at intake (to be assessed again), with the reason.</summary>
internal static class ReopenCase
{
    [RequiresPermission(ChildProtectionPermissions.CasesWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public Guid Id { get; init; }
        public string? Reason { get; init; }

        public string AuditAction => "ChildProtection.Cases.Reopen";
        public string AuditEntityType => "ChildCase";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).Must(r => r is not null && r.Trim().Length >= 2).WithMessage("请填写重新开案的原因（至少 2 个字）。");
            RuleFor(c => c.Reason).MaximumLength(1000).WithMessage("原因不能超过 1000 个字符。");
        }
    }

    internal sealed class Handler(ChildProtectionDbContext db, CountyCalendar calendar, ICurrentStaff staff) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var childCase = await CaseWorkflow.LoadAsync(db, request.Id, cancellationToken);
            CaseWorkflow.Move(db, childCase, CaseAction.Reopen, request.Reason, staff, calendar.Now);
            childCase.ClosedOn = null;
            childCase.ReopenCount++;
            await db.SaveChangesAsync(cancellationToken);
            return childCase.Id;
        }
    }
}
