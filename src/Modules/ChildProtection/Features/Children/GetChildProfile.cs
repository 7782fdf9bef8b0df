using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Features.Children;

internal sealed record ChildPlanDto(DateOnly? LastVisitDate, DateOnly NextDueDate, int CadenceMonths, int CadenceDays);

internal sealed record ChildCaseItem(Guid Id, CaseStatus Status, DateOnly IntakeDate, string IntakeReason, RiskLevel? AssessedRiskLevel);

internal sealed record ChildVisitDto(Guid Id, DateOnly VisitDate, DateOnly? DueDate, VisitMethod Method, string VisitorName, string? Findings, string? NeedsFound);

internal sealed record ChildProfileDto(
    Guid Id,
    Guid Version,
    Guid ResidentId,
    Guid StationId,
    string Name,
    DateOnly? BirthDate,
    int? Age,
    bool Under14,
    ChildCategory Category,
    bool InDistress,
    GuardianshipStatus GuardianshipStatus,
    string? School,
    string? Grade,
    bool HealthVisible,
    string? HealthNotes,
    string? DisabilityNotes,
    RiskLevel RiskLevel,
    Guid? AssignedWorkerId,
    LegalBasis LegalBasis,
    string? ConsentGuardianName,
    DateOnly? ConsentDate,
    string? Notes,
    IReadOnlyList<ContactDto> Contacts,
    ChildPlanDto? Plan,
    IReadOnlyList<ChildCaseItem> Cases,
    IReadOnlyList<ChildVisitDto> Visits,
    DateTimeOffset CreatedAt);

/// <summary>
/// One child with contacts, visit plan, cases and the latest visits — audited as one read. Health and disability are
/// null unless the caller holds <c>ChildProtection.Health.Read</c>; another station's child is 404 like a missing one.
/// </summary>
internal static class GetChildProfile
{
    public const int VisitsShown = 50;

    [RequiresPermission(ChildProtectionPermissions.CasesRead)]
    public sealed record Query(Guid Id) : IRequest<ChildProfileDto>;

    internal sealed class Handler(ChildProtectionDbContext db, ICurrentStaff staff, CountyCalendar calendar, ChildReadAudit audit)
        : IRequestHandler<Query, ChildProfileDto>
    {
        public async Task<ChildProfileDto> Handle(Query request, CancellationToken cancellationToken)
        {
            var c = await db.Children.AsNoTracking().Include(x => x.Contacts).FirstOrDefaultAsync(x => x.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到该儿童档案。");
            var plan = await db.VisitPlans.AsNoTracking().FirstOrDefaultAsync(p => p.ChildProfileId == c.Id, cancellationToken);
            var cadences = await db.Cadences.AsNoTracking().ToListAsync(cancellationToken);
            var cadence = ChildVisitPolicy.CadenceFor(c.Category, cadences);
            var cases = await db.Cases.AsNoTracking().Where(x => x.ChildProfileId == c.Id).OrderByDescending(x => x.IntakeDate).ThenByDescending(x => x.Id)
                .Select(x => new ChildCaseItem(x.Id, x.Status, x.IntakeDate, x.IntakeReason, x.AssessedRiskLevel)).ToListAsync(cancellationToken);
            var visits = await db.VisitRecords.AsNoTracking().Where(v => v.ChildProfileId == c.Id)
                .OrderByDescending(v => v.VisitDate).ThenByDescending(v => v.Id).Take(VisitsShown)
                .Select(v => new ChildVisitDto(v.Id, v.VisitDate, v.DueDate, v.Method, v.VisitorName, v.Findings, v.NeedsFound))
                .ToListAsync(cancellationToken);

            await audit.RecordAsync("ChildProtection.Children.Read", "ChildProfile", c.Id, cancellationToken);

            var health = staff.HasPermission(ChildProtectionPermissions.HealthRead);
            var age = ChildVisitPolicy.AgeOn(c.BirthDate, calendar.Today);
            return new ChildProfileDto(
                c.Id, c.Version, c.ResidentId, c.StationId, c.Name, c.BirthDate, age, age is < ChildVisitPolicy.SensitiveAge,
                c.Category, ChildVisitPolicy.IsInDistress(c.Category), c.GuardianshipStatus, c.School, c.Grade,
                health, health ? c.HealthNotes : null, health ? c.DisabilityNotes : null,
                c.RiskLevel, c.AssignedWorkerId, c.LegalBasis, c.ConsentGuardianName, c.ConsentDate, c.Notes,
                c.Contacts.OrderBy(x => x.Kind).ThenBy(x => x.Name)
                    .Select(x => new ContactDto(x.Id, x.Kind, x.Name, x.Relationship, x.Whereabouts, x.PhoneMasked)).ToList(),
                plan is null ? null : new ChildPlanDto(plan.LastVisitDate, plan.NextDueDate, cadence.Months, cadence.Days),
                cases, visits, c.CreatedAt);
        }
    }
}
