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
/// Edits a profile (the <c>Version</c> read guards against overwriting someone else's change: 409), refreshes name and
/// birth date from the ledger and replans visits. Health and disability are kept as stored unless the caller holds
/// <c>ChildProtection.Health.Read</c> — a caller who cannot see them cannot blank them either. Contacts are replaced
/// when given; a contact sent without a phone keeps the stored phone of the same kind and name.
/// </summary>
internal static class UpdateChildProfile
{
    [RequiresPermission(ChildProtectionPermissions.CasesWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand, IChildProfileInput
    {
        public Guid Id { get; init; }
        public Guid Version { get; init; }
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

        public string AuditAction => "ChildProtection.Children.Update";
        public string AuditEntityType => "ChildProfile";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Version).NotEmpty().WithMessage("缺少版本号，请刷新后重试。");
            ProfileValidation.Apply(this);
        }
    }

    internal sealed class Handler(
        ChildProtectionDbContext db, IResidentDirectory residents, IPersonalDataProtector protector, CountyCalendar calendar, ICurrentStaff staff,
        IStaffDirectory staffDirectory)
        : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var profile = await db.Children.Include(c => c.Contacts).FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到该儿童档案。");
            if (profile.Version != request.Version) throw new ConflictException("该儿童档案已被他人修改，请刷新后重试。");
            if (request.AssignedWorkerId != profile.AssignedWorkerId)
                await staffDirectory.EnsureAssignableAsync(profile.StationId, request.AssignedWorkerId, cancellationToken);

            if (await residents.FindAsync(profile.ResidentId, cancellationToken) is { } resident)
            {
                profile.Name = ChildRules.Truncate(resident.Name, ChildProfile.NameMaxLength);
                profile.BirthDate = resident.BirthDate;
            }

            profile.Category = request.Category;
            profile.GuardianshipStatus = request.GuardianshipStatus;
            profile.School = ChildRules.Clean(request.School);
            profile.Grade = ChildRules.Clean(request.Grade);
            profile.RiskLevel = request.RiskLevel;
            profile.AssignedWorkerId = request.AssignedWorkerId;
            profile.Notes = ChildRules.Clean(request.Notes);
            if (staff.HasPermission(ChildProtectionPermissions.HealthRead))
            {
                profile.HealthNotes = ChildRules.Clean(request.HealthNotes);
                profile.DisabilityNotes = ChildRules.Clean(request.DisabilityNotes);
            }

            ProfileValidation.ApplyConsent(profile, request);
            if (request.Contacts is not null)
            {
                var old = profile.Contacts.ToList();
                db.ChildContacts.RemoveRange(old);
                profile.Contacts.Clear();
                foreach (var input in request.Contacts)
                {
                    var kept = old.FirstOrDefault(c => c.Kind == input.Kind && c.Name == input.Name?.Trim());
                    var contact = ChildRules.NewContact(profile.Id, input, protector, kept);
                    profile.Contacts.Add(contact);
                    db.ChildContacts.Add(contact);
                }
            }

            await VisitPlanner.PlanAsync(db, profile, calendar.Today, cancellationToken);
            db.Entry(profile).Property(c => c.Version).OriginalValue = request.Version;
            await db.SaveChangesAsync(cancellationToken);
            return profile.Id;
        }
    }
}
