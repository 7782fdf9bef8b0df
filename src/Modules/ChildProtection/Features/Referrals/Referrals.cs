using System.Linq.Expressions;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;
using ModularSocialWork.Modules.ChildProtection.Features.Cases;

namespace ModularSocialWork.Modules.ChildProtection.Features.Referrals;

internal sealed record ReferralDto(
    Guid Id, Guid CaseId, Guid FromStationId, ReferralTarget Target, Guid? ToStationId, string TargetName, string ChildName, int? ChildAge,
    ChildCategory ChildCategory, string Reason, ReferralStatus Status, string? ResponseReason, string? RespondedBy, DateTimeOffset? RespondedAt,
    DateTimeOffset CreatedAt)
{
    public static readonly Expression<Func<ChildReferral, ReferralDto>> Projection = r => new ReferralDto(
        r.Id, r.CaseId, r.FromStationId, r.Target, r.ToStationId, r.TargetName, r.ChildName, r.ChildAge, r.ChildCategory, r.Reason,
        r.Status, r.ResponseReason, r.RespondedBy, r.RespondedAt, r.CreatedAt);
}

/// <summary>
/// Who sees a referral: it has two sides, so it is not <c>IStationScoped</c> (see <see cref="ChildReferral"/>). Every
/// referral query starts here: a referral is visible when the caller's scope contains the referring station OR the
/// receiving station; county staff and system work see all. Anything else is 404, as for station-scoped records.
/// </summary>
internal static class ReferralScope
{
    public static IQueryable<ChildReferral> Visible(ChildProtectionDbContext db, IStationScope scope)
    {
        if (scope.VisibleStationIds is not { } ids) return db.Referrals;
        var list = ids.ToList();
        return db.Referrals.Where(r => list.Contains(r.FromStationId) || (r.ToStationId != null && list.Contains(r.ToStationId.Value)));
    }

    /// <summary>
    /// Who answers: a station referral is answered by the receiving station; a department or agency has no account
    /// here, so the referring station records its answer.
    /// </summary>
    public static bool MayRespond(ChildReferral referral, IStationScope scope) =>
        referral.Target == ReferralTarget.Station ? referral.ToStationId is { } to && scope.CanSee(to) : scope.CanSee(referral.FromStationId);
}

/// <summary>Refers a case (not closed) to another station, an agency or a department, with the reason.</summary>
internal static class CreateReferral
{
    [RequiresPermission(ChildProtectionPermissions.CasesWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public Guid CaseId { get; init; }
        public ReferralTarget Target { get; init; }
        public Guid? ToStationId { get; init; }
        public string? TargetName { get; init; }
        public string? Reason { get; init; }

        public string AuditAction => "ChildProtection.Referrals.Create";
        public string AuditEntityType => "ChildReferral";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Target).IsNamedMember().WithMessage("转介对象类型无效。");
            RuleFor(c => c.ToStationId).NotEmpty().When(c => c.Target == ReferralTarget.Station).WithMessage("请选择接收的社工站。");
            RuleFor(c => c.TargetName).Must(n => !string.IsNullOrWhiteSpace(n)).When(c => c.Target != ReferralTarget.Station)
                .WithMessage("请填写接收单位名称（如：武康派出所）。");
            RuleFor(c => c.TargetName).MaximumLength(100).WithMessage("接收单位名称不能超过 100 个字符。");
            RuleFor(c => c.Reason).Must(r => r is not null && r.Trim().Length >= 2).WithMessage("请填写转介原因（至少 2 个字）。");
            RuleFor(c => c.Reason).MaximumLength(1000).WithMessage("转介原因不能超过 1000 个字符。");
        }
    }

    internal sealed class Handler(ChildProtectionDbContext db, IStationDirectory stations, CountyCalendar calendar) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var childCase = await CaseWorkflow.LoadAsync(db, request.CaseId, cancellationToken);
            if (childCase.Status == CaseStatus.Closed) throw new ConflictException("个案已结案，不能转介；如需继续服务请先重新开案。");
            var child = await db.Children.AsNoTracking().FirstAsync(c => c.Id == childCase.ChildProfileId, cancellationToken);

            string targetName;
            Guid? toStation = null;
            if (request.Target == ReferralTarget.Station)
            {
                var station = (await stations.GetStationsAsync(cancellationToken)).FirstOrDefault(s => s.Id == request.ToStationId)
                    ?? throw new BusinessRuleException("找不到接收的社工站。", nameof(Command.ToStationId));
                if (station.Id == childCase.StationId) throw new BusinessRuleException("不能转介给本站。", nameof(Command.ToStationId));
                if (station.Level == StationLevel.County)
                    throw new BusinessRuleException("请转介给乡镇（街道）社工站或村（社区）社工室，县民政局不是接收站点。", nameof(Command.ToStationId));
                targetName = station.Name;
                toStation = station.Id;
            }
            else
            {
                targetName = request.TargetName!.Trim();
            }

            var referral = new ChildReferral
            {
                CaseId = childCase.Id,
                ChildProfileId = child.Id,
                FromStationId = childCase.StationId,
                Target = request.Target,
                ToStationId = toStation,
                TargetName = ChildRules.Truncate(targetName, 100),
                ChildName = child.Name,
                ChildAge = ChildVisitPolicy.AgeOn(child.BirthDate, calendar.Today),
                ChildCategory = child.Category,
                Reason = request.Reason!.Trim(),
            };
            db.Referrals.Add(referral);
            await db.SaveChangesAsync(cancellationToken);
            return referral.Id;
        }
    }
}

/// <summary>Accepts or rejects a referral with the reason (required on rejection); answered once (409 afterwards).</summary>
internal static class RespondReferral
{
    [RequiresPermission(ChildProtectionPermissions.CasesWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public Guid Id { get; init; }
        public bool Accept { get; init; }
        public string? Reason { get; init; }

        public string AuditAction => "ChildProtection.Referrals.Respond";
        public string AuditEntityType => "ChildReferral";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).Must(r => r is not null && r.Trim().Length >= 2).When(c => !c.Accept)
                .WithMessage("拒绝转介时请填写理由（至少 2 个字）。");
            RuleFor(c => c.Reason).MaximumLength(1000).WithMessage("理由不能超过 1000 个字符。");
        }
    }

    internal sealed class Handler(ChildProtectionDbContext db, IStationScope scope, ICurrentStaff staff, CountyCalendar calendar) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var referral = await ReferralScope.Visible(db, scope).FirstOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到该转介。");
            if (!ReferralScope.MayRespond(referral, scope))
                throw new ConflictException("该转介由接收的社工站回复，转出方不能代为接收或拒绝。");
            if (referral.Status != ReferralStatus.Pending) throw new ConflictException("该转介已回复，不能重复处理。");

            referral.Status = request.Accept ? ReferralStatus.Accepted : ReferralStatus.Rejected;
            referral.ResponseReason = ChildRules.Clean(request.Reason);
            referral.RespondedBy = ChildRules.ActorName(staff);
            referral.RespondedAt = calendar.Now;
            await db.SaveChangesAsync(cancellationToken);
            return referral.Id;
        }
    }
}

/// <summary>Referrals of the caller's scope: <c>incoming</c> (to my stations), <c>outgoing</c> (from them) or both.</summary>
internal static class ListReferrals
{
    [RequiresPermission(ChildProtectionPermissions.CasesRead)]
    public sealed record Query(string? Direction, ReferralStatus? Status) : IRequest<IReadOnlyList<ReferralDto>>;

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Direction).Must(d => d is null or "" or "incoming" or "outgoing" or "all")
                .WithMessage("direction 只能是 incoming、outgoing 或 all。");
        }
    }

    internal sealed class Handler(ChildProtectionDbContext db, IStationScope scope) : IRequestHandler<Query, IReadOnlyList<ReferralDto>>
    {
        public const int Max = 200;

        public async Task<IReadOnlyList<ReferralDto>> Handle(Query request, CancellationToken cancellationToken)
        {
            var query = ReferralScope.Visible(db, scope).AsNoTracking();
            if (scope.VisibleStationIds is { } ids)
            {
                var list = ids.ToList();
                if (request.Direction == "incoming") query = query.Where(r => r.ToStationId != null && list.Contains(r.ToStationId.Value));
                if (request.Direction == "outgoing") query = query.Where(r => list.Contains(r.FromStationId));
            }

            if (request.Status is { } status) query = query.Where(r => r.Status == status);
            return await query.OrderByDescending(r => r.CreatedAt).Take(Max).Select(ReferralDto.Projection).ToListAsync(cancellationToken);
        }
    }
}

/// <summary>One referral (either side may read it); audited, as it names a child.</summary>
internal static class GetReferral
{
    [RequiresPermission(ChildProtectionPermissions.CasesRead)]
    public sealed record Query(Guid Id) : IRequest<ReferralDto>;

    internal sealed class Handler(ChildProtectionDbContext db, IStationScope scope, ChildReadAudit audit) : IRequestHandler<Query, ReferralDto>
    {
        public async Task<ReferralDto> Handle(Query request, CancellationToken cancellationToken)
        {
            var referral = await ReferralScope.Visible(db, scope).AsNoTracking().Where(r => r.Id == request.Id).Select(ReferralDto.Projection)
                .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("找不到该转介。");
            await audit.RecordAsync("ChildProtection.Referrals.Read", "ChildReferral", referral.Id, cancellationToken);
            return referral;
        }
    }
}
