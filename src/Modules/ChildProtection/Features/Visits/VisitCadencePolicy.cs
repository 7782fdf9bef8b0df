using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Features.Visits;

internal sealed record CadenceDto(ChildCategory Category, int Months, int Days);

/// <summary>The county's visit cadence per child category (defaults: children in distress monthly, left-behind quarterly).</summary>
internal static class GetVisitCadences
{
    [RequiresPermission(ChildProtectionPermissions.CasesRead)]
    public sealed record Query : IRequest<IReadOnlyList<CadenceDto>>;

    internal sealed class Handler(ChildProtectionDbContext db) : IRequestHandler<Query, IReadOnlyList<CadenceDto>>
    {
        public async Task<IReadOnlyList<CadenceDto>> Handle(Query request, CancellationToken cancellationToken)
        {
            var stored = await db.Cadences.AsNoTracking().ToListAsync(cancellationToken);
            return Enum.GetValues<ChildCategory>().Select(c => ChildVisitPolicy.CadenceFor(c, stored))
                .Select(c => new CadenceDto(c.Category, c.Months, c.Days)).ToList();
        }
    }
}

/// <summary>
/// Replaces the cadences and replans every child of the caller's scope. Children in distress may not be visited less
/// often than monthly (DOMAIN.md: 孤儿/困境儿童 at least monthly): a longer cadence for them is refused.
/// </summary>
internal static class UpdateVisitCadences
{
    [RequiresPermission(ChildProtectionPermissions.PolicyManage)]
    public sealed record Command : IRequest<int>, IAuditedCommand
    {
        public IReadOnlyList<CadenceDto>? Cadences { get; init; }

        public string AuditAction => "ChildProtection.Policy.Update";
        public string AuditEntityType => "CategoryCadence";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Cadences).NotNull().WithMessage("请填写各类儿童的探访周期。")
                .Must(c => c is null || Enum.GetValues<ChildCategory>().All(k => c.Count(x => x.Category == k) == 1))
                .WithMessage("每类儿童须且只能有一个探访周期。");
            RuleForEach(c => c.Cadences).ChildRules(cadence =>
            {
                cadence.RuleFor(x => x.Months).InclusiveBetween(0, 12).WithMessage("月数应在 0 到 12 之间。");
                cadence.RuleFor(x => x.Days).InclusiveBetween(0, 366).WithMessage("天数应在 0 到 366 之间。");
                cadence.RuleFor(x => x).Must(x => x.Months > 0 || x.Days > 0).WithMessage("探访周期不能为 0。");
                cadence.RuleFor(x => x).Must(x => !ChildVisitPolicy.IsInDistress(x.Category) || x.Months * 31 + x.Days <= 31 && (x.Months == 0 || x.Days == 0))
                    .WithMessage("困境儿童至少每月探访一次，探访周期不能超过 1 个月。");
            });
        }
    }

    public const string CountyScopeMessage = "探访周期适用于全县，请切换到县级身份后保存。";

    internal sealed class Handler(ChildProtectionDbContext db, CountyCalendar calendar) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken cancellationToken)
        {
            // The policy is county-wide and re-plans everyone: a caller acting as one station would re-plan only that
            // station's people. And policy plus re-planning commit together, or a later failure leaves them apart.
            if (!db.ScopeIsUnrestricted) throw new BusinessRuleException(CountyScopeMessage);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var stored = await db.Cadences.ToListAsync(cancellationToken);
            foreach (var input in request.Cadences!)
            {
                var cadence = stored.FirstOrDefault(c => c.Category == input.Category);
                if (cadence is null) db.Cadences.Add(cadence = new CategoryCadence { Category = input.Category });
                cadence.Months = input.Months;
                cadence.Days = input.Days;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();

            var cadences = await db.Cadences.AsNoTracking().ToListAsync(cancellationToken);
            var today = calendar.Today;
            var plans = await (from p in db.VisitPlans join c in db.Children.AsNoTracking() on p.ChildProfileId equals c.Id select new { Plan = p, c.Category })
                .ToListAsync(cancellationToken);
            foreach (var row in plans)
            {
                var start = row.Plan.LastVisitDate is null ? row.Plan.NextDueDate : today;
                ChildVisitPolicy.Replan(row.Plan, ChildVisitPolicy.CadenceFor(row.Category, cadences), start);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return plans.Count;
        }
    }
}
