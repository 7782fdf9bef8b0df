using ModularSocialWork.BuildingBlocks.Time;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;
using ModularSocialWork.Modules.ElderlyCare.Features.Policy;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Visits;

/// <summary>
/// Records a visit (date defaults to today; never in the future nor before the profile existed), moves the plan's last
/// visit, clears an urgent date it satisfies, replans, and resolves the plan's open reminders due on or before the visit
/// date — all in one SaveChanges.
/// </summary>
internal static class RecordVisit
{
    public const int TextMaxLength = 1000;

    [RequiresPermission(ElderlyCarePermissions.EldersWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public Guid ElderProfileId { get; init; }
        public DateOnly? VisitDate { get; init; }
        public VisitMethod Method { get; init; }
        public VisitorKind VisitorKind { get; init; }
        public string? VisitorName { get; init; }
        public FindingLevel Living { get; init; }
        public FindingLevel Health { get; init; }
        public FindingLevel Safety { get; init; }
        public FindingLevel Mental { get; init; }
        public string? Findings { get; init; }
        public string? NeedsFound { get; init; }
        public string? Referral { get; init; }
        public string? NextSteps { get; init; }

        public string AuditAction => "ElderlyCare.Visits.Record";
        public string AuditEntityType => "VisitRecord";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CountyCalendar calendar)
        {
            // Today is read when a rule runs, not when the validator is built: validators live as long as the process.
            RuleFor(c => c.ElderProfileId).NotEmpty().WithMessage("请选择老人。");
            RuleFor(c => c.VisitDate).Must(d => d is null || d <= calendar.Today).WithMessage("探访日期不能晚于今天。");
            RuleFor(c => c.Method).IsNamedMember().WithMessage("探访方式无效。");
            RuleFor(c => c.VisitorKind).IsNamedMember().WithMessage("探访人类型无效。");
            RuleFor(c => c.VisitorName).MaximumLength(50).WithMessage("探访人姓名不能超过 50 个字符。");
            RuleFor(c => c.VisitorName).Must(n => !string.IsNullOrWhiteSpace(n)).When(c => c.VisitorKind == VisitorKind.Volunteer)
                .WithMessage("请填写志愿者姓名。");
            RuleFor(c => c.Living).IsNamedMember().WithMessage("居住情况评价无效。");
            RuleFor(c => c.Health).IsNamedMember().WithMessage("健康情况评价无效。");
            RuleFor(c => c.Safety).IsNamedMember().WithMessage("安全情况评价无效。");
            RuleFor(c => c.Mental).IsNamedMember().WithMessage("精神状态评价无效。");
            RuleFor(c => c.Findings).MaximumLength(2000).WithMessage("探访情况不能超过 2000 个字符。");
            RuleFor(c => c.NeedsFound).MaximumLength(TextMaxLength).WithMessage($"发现的需求不能超过 {TextMaxLength} 个字符。");
            RuleFor(c => c.Referral).MaximumLength(500).WithMessage("转介情况不能超过 500 个字符。");
            RuleFor(c => c.NextSteps).MaximumLength(TextMaxLength).WithMessage($"下一步计划不能超过 {TextMaxLength} 个字符。");
        }
    }

    internal sealed class Handler(ElderlyCareDbContext db, CountyCalendar calendar, ICurrentStaff staff, PolicyCache policies) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            // No connection held open across the handler: EF takes a pooled one for each query (on the servers the policy is
            // one more) and one for the save. On SQLite the save runs on the file's writer thread and its open takes the
            // native connection on top of the pool — usually the one that made the previous commit, whose page cache is still
            // valid — instead of this request's, whose cache every commit since its read has invalidated (the record-visit
            // benchmark: ~15 % less CPU per request). On the servers a pooled open is a list operation, not a round trip.
            var today = calendar.Today;
            var date = request.VisitDate ?? today;
            var found = await ProfileWithPlan(db, request.ElderProfileId, date);
            // Read without the scope filter (see ProfileWithPlan): another station's elder is missing, as everywhere else.
            if (found is null || !db.InScope(found.Profile.StationId)) throw new NotFoundException("找不到该老人档案。");
            var profile = found.Profile;
            if (date < calendar.DateOf(profile.CreatedAt))
                throw new BusinessRuleException("探访日期不能早于建档日期。", nameof(Command.VisitDate));

            var visit = new VisitRecord
            {
                ElderProfileId = profile.Id,
                StationId = profile.StationId,
                VisitDate = date,
                Method = request.Method,
                VisitorKind = request.VisitorKind,
                VisitorUserId = request.VisitorKind == VisitorKind.Staff ? staff.UserId : null,
                VisitorName = Clean(request.VisitorName) ?? staff.DisplayName ?? staff.UserName ?? "",
                Living = request.Living,
                Health = request.Health,
                Safety = request.Safety,
                Mental = request.Mental,
                Findings = Clean(request.Findings),
                NeedsFound = Clean(request.NeedsFound),
                Referral = Clean(request.Referral),
                NextSteps = Clean(request.NextSteps),
            };
            db.VisitRecords.Add(visit);

            var policy = await policies.GetAsync(db, cancellationToken);
            var plan = policy.Apply(db, profile, found.Plan, today);
            if (plan.LastVisitDate is not { } last || date > last) plan.LastVisitDate = date;
            if (plan.UrgentDueDate is { } urgent && urgent <= date) plan.UrgentDueDate = null;
            policy.Replan(plan, profile.RiskTier, today);

            // A plan created just now by policy.Apply has no reminders yet.
            foreach (var reminder in found.OpenReminders) reminder.ResolvedAt = calendar.Now;

            await db.SaveChangesAsync(cancellationToken);
            return visit.Id;
        }

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

        /// <summary>
        /// The profile, its plan (one per elder; none yet for a brand-new profile) and the plan's open reminders due by
        /// <c>date</c>, which this visit resolves — one statement (SQLite parses and plans every statement anew), compiled
        /// once because this is the busiest write of the product. Read by primary key without the station-scope filter, which
        /// would add a json_each sub-select per table to a statement SQLite parses on every visit; the handler checks the
        /// profile's station against the scope instead (plan and reminders are the same elder's), and the write guard
        /// checks every saved row again.
        /// </summary>
        private static readonly Func<ElderlyCareDbContext, Guid, DateOnly, Task<ProfileAndPlan?>> ProfileWithPlan =
            CompiledQueries.PerModel<ElderlyCareDbContext, Guid, DateOnly, Task<ProfileAndPlan?>>(() =>
                EF.CompileAsyncQuery((ElderlyCareDbContext context, Guid id, DateOnly date) => (
                        from elder in context.Elders.IgnoreQueryFilters()
                        where elder.Id == id
                        join existing in context.VisitPlans on elder.Id equals existing.ElderProfileId into plans
                        from existing in plans.DefaultIfEmpty()
                        select new ProfileAndPlan(elder, existing, context.VisitReminders
                            .Where(r => r.PlanId == existing!.Id && r.ResolvedAt == null && r.DueDate <= date)
                            .ToList()))
                    .FirstOrDefault()));

        private sealed record ProfileAndPlan(ElderProfile Profile, VisitPlan? Plan, List<VisitReminder> OpenReminders);
    }
}
