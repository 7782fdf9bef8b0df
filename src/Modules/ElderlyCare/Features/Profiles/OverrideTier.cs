using ModularSocialWork.BuildingBlocks.Time;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;
using ModularSocialWork.Modules.ElderlyCare.Features.Policy;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Profiles;

/// <summary>Sets (with a reason of at least 2 characters) or clears (<c>Tier = null</c>) the manual tier; replans.</summary>
internal static class OverrideTier
{
    [RequiresPermission(ElderlyCarePermissions.EldersWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public Guid Id { get; init; }
        public RiskTier? Tier { get; init; }
        public string? Reason { get; init; }

        public string AuditAction => "ElderlyCare.Elders.OverrideTier";
        public string AuditEntityType => "ElderProfile";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Tier).IsNamedMember().WithMessage("风险等级无效。");
            RuleFor(c => c.Reason).Must(r => r is not null && r.Trim().Length >= 2).When(c => c.Tier is not null)
                .WithMessage("手动调整风险等级须填写原因（至少 2 个字）。");
            RuleFor(c => c.Reason).MaximumLength(500).WithMessage("原因不能超过 500 个字符。");
        }
    }

    internal sealed class Handler(ElderlyCareDbContext db, CountyCalendar calendar) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var profile = await db.Elders.FirstOrDefaultAsync(e => e.Id == request.Id, cancellationToken) ?? throw new NotFoundException("找不到该老人档案。");
            profile.TierOverride = request.Tier;
            profile.TierOverrideReason = request.Tier is null ? null : request.Reason!.Trim();

            var plan = await db.VisitPlans.FirstOrDefaultAsync(p => p.ElderProfileId == profile.Id, cancellationToken);
            var policy = await PolicySnapshot.LoadAsync(db, cancellationToken);
            policy.Apply(db, profile, plan, calendar.Today);
            await db.SaveChangesAsync(cancellationToken);
            return profile.Id;
        }
    }
}
