using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;
using ModularSocialWork.Modules.ChildProtection.Features.Visits;

namespace ModularSocialWork.Modules.ChildProtection.Features.Children;

/// <summary>
/// Opens the child-protection profile of a ledger resident under 18 (name, birth date and station from the ledger) and
/// the child's visit plan, first visit due today. One profile per resident (409); 18 or older, or no birth date: 400.
/// </summary>
internal static class CreateChildProfile
{
    [RequiresPermission(ChildProtectionPermissions.CasesWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand, IChildProfileInput
    {
        public Guid ResidentId { get; init; }
        public ChildCategory Category { get; init; }
        public GuardianshipStatus GuardianshipStatus { get; init; }
        public string? School { get; init; }
        public string? Grade { get; init; }
        public string? HealthNotes { get; init; }
        public string? DisabilityNotes { get; init; }
        public RiskLevel RiskLevel { get; init; }
        public LegalBasis LegalBasis { get; init; }
        public string? ConsentGuardianName { get; init; }
        public DateOnly? ConsentDate { get; init; }
        public string? Notes { get; init; }
        public Guid? AssignedWorkerId { get; init; }
        public IReadOnlyList<ContactInput>? Contacts { get; init; }

        public string AuditAction => "ChildProtection.Children.Create";
        public string AuditEntityType => "ChildProfile";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ResidentId).NotEmpty().WithMessage("请选择居民。");
            ProfileValidation.Apply(this);
        }
    }

    internal sealed class Handler(
        ChildProtectionDbContext db, IResidentDirectory residents, IPersonalDataProtector protector, CountyCalendar calendar, ICurrentStaff staff,
        IStaffDirectory staffDirectory)
        : IRequestHandler<Command, Guid>
    {
        public const string Duplicate = "该居民已有儿童关爱档案。";

        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var resident = await residents.FindAsync(request.ResidentId, cancellationToken) ?? throw new NotFoundException("找不到该居民。");
            var today = calendar.Today;
            var age = ChildVisitPolicy.AgeOn(resident.BirthDate, today)
                ?? throw new BusinessRuleException("居民台账中没有该居民的出生日期，无法确认是否未满 18 周岁。", nameof(Command.ResidentId));
            if (age >= ChildVisitPolicy.AdultAge)
                throw new BusinessRuleException($"该居民已满 18 周岁（{age} 岁），不能建立儿童关爱档案。", nameof(Command.ResidentId));
            if (await db.Children.IgnoreQueryFilters().AnyAsync(c => c.ResidentId == resident.Id, cancellationToken))
                throw new ConflictException(Duplicate);
            await staffDirectory.EnsureAssignableAsync(resident.StationId, request.AssignedWorkerId, cancellationToken);

            var profile = new ChildProfile
            {
                ResidentId = resident.Id,
                StationId = resident.StationId,
                Name = ChildRules.Truncate(resident.Name, ChildProfile.NameMaxLength),
                BirthDate = resident.BirthDate,
                Category = request.Category,
                GuardianshipStatus = request.GuardianshipStatus,
                School = ChildRules.Clean(request.School),
                Grade = ChildRules.Clean(request.Grade),
                RiskLevel = request.RiskLevel,
                AssignedWorkerId = request.AssignedWorkerId
                    ?? (staff.HasPermission(ChildProtectionPermissions.CasesWrite) ? await staffDirectory.CallerIfAssignableAsync(staff, resident.StationId, cancellationToken) : null),
                Notes = ChildRules.Clean(request.Notes),
            };
            // Without Health.Read the sensitive fields are not taken from the caller at all.
            if (staff.HasPermission(ChildProtectionPermissions.HealthRead) || !staff.IsAuthenticated)
            {
                profile.HealthNotes = ChildRules.Clean(request.HealthNotes);
                profile.DisabilityNotes = ChildRules.Clean(request.DisabilityNotes);
            }

            ProfileValidation.ApplyConsent(profile, request);
            foreach (var input in request.Contacts ?? []) profile.Contacts.Add(ChildRules.NewContact(profile.Id, input, protector));
            db.Children.Add(profile);
            await VisitPlanner.PlanAsync(db, profile, today, cancellationToken);

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two creations for one resident at once: the unique index decides, the loser gets the 409.
                db.ChangeTracker.Clear();
                if (await db.Children.IgnoreQueryFilters().AnyAsync(c => c.ResidentId == resident.Id, cancellationToken)) throw new ConflictException(Duplicate);
                throw;
            }

            return profile.Id;
        }
    }
}
