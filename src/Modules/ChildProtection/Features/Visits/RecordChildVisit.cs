using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Features.Visits;

/// <summary>
/// Records a visit to a child (date defaults to today; never in the future nor before the profile existed), moves the
/// plan and resolves the open reminders due on or before the visit — one SaveChanges.
/// </summary>
internal static class RecordChildVisit
{
    [RequiresPermission(ChildProtectionPermissions.CasesWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public Guid ChildProfileId { get; init; }
        public DateOnly? VisitDate { get; init; }
        public VisitMethod Method { get; init; }
        public string? VisitorName { get; init; }
        public string? Findings { get; init; }
        public string? NeedsFound { get; init; }

        public string AuditAction => "ChildProtection.Visits.Record";
        public string AuditEntityType => "ChildVisitRecord";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CountyCalendar calendar)
        {
            // Today is read when a rule runs, not when the validator is built: validators live as long as the process.
            RuleFor(c => c.ChildProfileId).NotEmpty().WithMessage("请选择儿童。");
            RuleFor(c => c.VisitDate).Must(d => d is null || d <= calendar.Today).WithMessage("探访日期不能晚于今天。");
            RuleFor(c => c.Method).IsNamedMember().WithMessage("探访方式无效。");
            RuleFor(c => c.VisitorName).MaximumLength(50).WithMessage("探访人姓名不能超过 50 个字符。");
            RuleFor(c => c.Findings).MaximumLength(ChildProfile.TextMaxLength).WithMessage("探访情况不能超过 2000 个字符。");
            RuleFor(c => c.NeedsFound).MaximumLength(1000).WithMessage("发现的需求不能超过 1000 个字符。");
        }
    }

    internal sealed class Handler(ChildProtectionDbContext db, CountyCalendar calendar, ICurrentStaff staff) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var profile = await db.Children.FirstOrDefaultAsync(c => c.Id == request.ChildProfileId, cancellationToken)
                ?? throw new NotFoundException("找不到该儿童档案。");
            var today = calendar.Today;
            var date = request.VisitDate ?? today;
            if (date < calendar.DateOf(profile.CreatedAt))
                throw new BusinessRuleException("探访日期不能早于建档日期。", nameof(Command.VisitDate));

            var plan = await VisitPlanner.PlanAsync(db, profile, today, cancellationToken);
            var visit = new ChildVisitRecord
            {
                ChildProfileId = profile.Id,
                StationId = profile.StationId,
                VisitDate = date,
                DueDate = plan.NextDueDate,
                Method = request.Method,
                VisitorUserId = staff.UserId,
                VisitorName = ChildRules.Clean(request.VisitorName) ?? ChildRules.ActorName(staff),
                Findings = ChildRules.Clean(request.Findings),
                NeedsFound = ChildRules.Clean(request.NeedsFound),
            };
            db.VisitRecords.Add(visit);

            if (plan.LastVisitDate is not { } last || date > last) plan.LastVisitDate = date;
            var cadences = await db.Cadences.AsNoTracking().ToListAsync(cancellationToken);
            ChildVisitPolicy.Replan(plan, ChildVisitPolicy.CadenceFor(profile.Category, cadences), today);

            var reminders = await db.VisitReminders.Where(r => r.PlanId == plan.Id && r.ResolvedAt == null && r.DueDate <= date).ToListAsync(cancellationToken);
            foreach (var reminder in reminders) reminder.ResolvedAt = calendar.Now;
            await db.SaveChangesAsync(cancellationToken);
            return visit.Id;
        }
    }
}
