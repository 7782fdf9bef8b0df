using ModularSocialWork.BuildingBlocks.Time;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Policy;

internal sealed record TierRuleDto(int Order, RiskTier Tier, IReadOnlyList<string> AnyOfTags, int? MinimumAge, string? DescriptionZh);

internal sealed record TierCadenceDto(RiskTier Tier, int Months, int Days);

internal sealed record VisitPolicyDto(IReadOnlyList<TierRuleDto> Rules, IReadOnlyList<TierCadenceDto> Cadences);

/// <summary>The county's tier rules (first match by order) and cadences.</summary>
internal static class GetVisitPolicy
{
    [RequiresPermission(ElderlyCarePermissions.EldersRead)]
    public sealed record Query : IRequest<VisitPolicyDto>;

    internal sealed class Handler(ElderlyCareDbContext db) : IRequestHandler<Query, VisitPolicyDto>
    {
        public async Task<VisitPolicyDto> Handle(Query request, CancellationToken cancellationToken)
        {
            var policy = await PolicySnapshot.LoadAsync(db, cancellationToken);
            return new VisitPolicyDto(
                policy.Rules.OrderBy(r => r.Order).Select(r => new TierRuleDto(r.Order, r.Tier, VisitPolicy.ParseTags(r.AnyOfTags), r.MinimumAge, r.DescriptionZh)).ToList(),
                Enum.GetValues<RiskTier>().OrderByDescending(t => t).Select(t => policy.Cadence(t)).Select(c => new TierCadenceDto(c.Tier, c.Months, c.Days)).ToList());
        }
    }
}

/// <summary>Replaces the tier rules and cadences, then re-tiers and replans every profile.</summary>
internal static class UpdateVisitPolicy
{
    [RequiresPermission(ElderlyCarePermissions.PolicyManage)]
    public sealed record Command : IRequest<int>, IAuditedCommand
    {
        public IReadOnlyList<TierRuleDto>? Rules { get; init; }
        public IReadOnlyList<TierCadenceDto>? Cadences { get; init; }

        public string AuditAction => "ElderlyCare.Policy.Update";
        public string AuditEntityType => "VisitPolicy";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Rules).NotNull().WithMessage("请至少填写一条分级规则。")
                .Must(r => r is null || r.Count is > 0 and <= 50).WithMessage("分级规则应为 1 到 50 条。");
            RuleForEach(c => c.Rules).ChildRules(rule =>
            {
                rule.RuleFor(r => r.Tier).IsNamedMember().WithMessage("风险等级无效。");
                rule.RuleFor(r => r.MinimumAge).InclusiveBetween(0, 130).When(r => r.MinimumAge is not null).WithMessage("最低年龄应在 0 到 130 之间。");
                rule.RuleFor(r => r.AnyOfTags).Must(t => t is null || t.All(ElderTags.Names.ContainsKey)).WithMessage("包含未知的老人标签。");
                rule.RuleFor(r => r.DescriptionZh).MaximumLength(200).WithMessage("规则说明不能超过 200 个字符。");
            });
            RuleFor(c => c.Cadences).NotNull().WithMessage("请填写各等级的探访周期。")
                .Must(c => c is null || Enum.GetValues<RiskTier>().All(t => c.Count(x => x.Tier == t) == 1))
                .WithMessage("每个风险等级须且只能有一个探访周期。");
            RuleForEach(c => c.Cadences).ChildRules(cadence =>
            {
                cadence.RuleFor(x => x.Months).InclusiveBetween(0, 24).WithMessage("月数应在 0 到 24 之间。");
                cadence.RuleFor(x => x.Days).InclusiveBetween(0, 366).WithMessage("天数应在 0 到 366 之间。");
                cadence.RuleFor(x => x).Must(x => x.Months > 0 || x.Days > 0).WithMessage("探访周期不能为 0。");
            });
        }
    }

    public const string CountyScopeMessage = "探访政策适用于全县，请切换到县级身份后保存。";

    internal sealed class Handler(ElderlyCareDbContext db, CountyCalendar calendar, PolicyCache cache) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command request, CancellationToken cancellationToken)
        {
            // The policy is county-wide and re-plans everyone: a caller acting as one station would re-plan only that
            // station's people. And policy plus re-planning commit together, or a later failure leaves them apart.
            if (!db.ScopeIsUnrestricted) throw new BusinessRuleException(CountyScopeMessage);
            using var write = cache.BeginWrite();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.TierRules.RemoveRange(await db.TierRules.ToListAsync(cancellationToken));
            db.TierRules.AddRange(request.Rules!.Select(r => new TierRule
            {
                Order = r.Order,
                Tier = r.Tier,
                AnyOfTags = string.Join(',', (r.AnyOfTags ?? []).Distinct(StringComparer.Ordinal)),
                MinimumAge = r.MinimumAge,
                DescriptionZh = r.DescriptionZh?.Trim() ?? "",
            }));

            var cadences = await db.TierCadences.ToListAsync(cancellationToken);
            foreach (var input in request.Cadences!)
            {
                var cadence = cadences.FirstOrDefault(c => c.Tier == input.Tier);
                if (cadence is null) db.TierCadences.Add(cadence = new TierCadence { Tier = input.Tier });
                cadence.Months = input.Months;
                cadence.Days = input.Days;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();

            var policy = await PolicySnapshot.LoadAsync(db, cancellationToken);
            var count = await PolicySeeder.RetierAllAsync(db, policy, calendar.Today, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return count;
        }
    }
}
