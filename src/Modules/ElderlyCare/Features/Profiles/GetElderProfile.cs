using ModularSocialWork.BuildingBlocks.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;
using ModularSocialWork.Modules.ElderlyCare.Features.Policy;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Profiles;

internal sealed record VisitPlanDto(Guid Id, RiskTier Tier, DateOnly? LastVisitDate, DateOnly RegularDueDate, DateOnly? UrgentDueDate, DateOnly NextDueDate);

internal sealed record ElderProfileDto(
    Guid Id,
    Guid Version,
    Guid ResidentId,
    Guid StationId,
    string Name,
    DateOnly? BirthDate,
    int? Age,
    IReadOnlyList<string> Tags,
    LivingSituation LivingSituation,
    bool HealthNotesVisible,
    string? HealthNotes,
    RiskTier DerivedTier,
    RiskTier? TierOverride,
    string? TierOverrideReason,
    RiskTier RiskTier,
    Guid? AssignedWorkerId,
    string? Notes,
    IReadOnlyList<ContactDto> Contacts,
    VisitPlanDto? Plan,
    DateTimeOffset CreatedAt);

/// <summary>One profile with its plan. Health notes are omitted (null) unless the caller holds <c>ElderlyCare.Health.Read</c>.</summary>
internal static class GetElderProfile
{
    [RequiresPermission(ElderlyCarePermissions.EldersRead)]
    public sealed record Query(Guid Id) : IRequest<ElderProfileDto>;

    internal sealed class Handler(ElderlyCareDbContext db, ICurrentStaff staff, CountyCalendar calendar) : IRequestHandler<Query, ElderProfileDto>
    {
        public async Task<ElderProfileDto> Handle(Query request, CancellationToken cancellationToken)
        {
            var e = await db.Elders.AsNoTracking().Include(x => x.Contacts).FirstOrDefaultAsync(x => x.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到该老人档案。");
            var plan = await db.VisitPlans.AsNoTracking().FirstOrDefaultAsync(p => p.ElderProfileId == e.Id, cancellationToken);
            var health = staff.HasPermission(ElderlyCarePermissions.HealthRead);
            return new ElderProfileDto(
                e.Id, e.Version, e.ResidentId, e.StationId, e.Name, e.BirthDate, VisitPolicy.AgeOn(e.BirthDate, calendar.Today),
                VisitPolicy.ParseTags(e.TagCodes), e.LivingSituation, health, health ? e.HealthNotes : null,
                e.DerivedTier, e.TierOverride, e.TierOverrideReason, e.RiskTier, e.AssignedWorkerId, e.Notes,
                e.Contacts.OrderBy(c => c.Kind).ThenBy(c => c.Name).Select(c => new ContactDto(c.Id, c.Kind, c.Name, c.Relationship, c.PhoneMasked)).ToList(),
                plan is null ? null : new VisitPlanDto(plan.Id, plan.Tier, plan.LastVisitDate, plan.RegularDueDate, plan.UrgentDueDate, plan.NextDueDate),
                e.CreatedAt);
        }
    }
}
