using ModularSocialWork.BuildingBlocks.Time;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;
using ModularSocialWork.Modules.ElderlyCare.Features.Policy;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Profiles;

/// <summary>
/// Edits a profile (the <c>Version</c> read guards against overwriting someone else's change: 409), refreshes the name
/// and birth date from the ledger, re-tiers and replans. Health notes are kept unless the caller may read them.
/// Contacts are replaced when given: a contact sent without a phone keeps the stored phone of the same id.
/// </summary>
internal static class UpdateElderProfile
{
    [RequiresPermission(ElderlyCarePermissions.EldersWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public Guid Id { get; init; }
        public Guid Version { get; init; }
        public IReadOnlyList<string>? Tags { get; init; }
        public LivingSituation LivingSituation { get; init; }
        public string? HealthNotes { get; init; }
        public IReadOnlyList<ContactInput>? Contacts { get; init; }
        public Guid? AssignedWorkerId { get; init; }
        public string? Notes { get; init; }

        public string AuditAction => "ElderlyCare.Elders.Update";
        public string AuditEntityType => "ElderProfile";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Version).NotEmpty().WithMessage("缺少版本号，请刷新后重试。");
            ProfileRules.Apply(this, c => c.Tags, c => c.Contacts, c => c.LivingSituation, c => c.HealthNotes, c => c.Notes);
        }
    }

    internal sealed class Handler(
        ElderlyCareDbContext db, IResidentDirectory residents, IPersonalDataProtector protector, CountyCalendar calendar, ICurrentStaff staff,
        IStaffDirectory staffDirectory)
        : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var profile = await db.Elders.Include(e => e.Contacts).FirstOrDefaultAsync(e => e.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到该老人档案。");
            if (profile.Version != request.Version) throw new ConflictException("该老人档案已被他人修改，请刷新后重试。");
            if (request.AssignedWorkerId != profile.AssignedWorkerId)
                await staffDirectory.EnsureAssignableAsync(profile.StationId, request.AssignedWorkerId, cancellationToken);

            if (await residents.FindAsync(profile.ResidentId, cancellationToken) is { } resident)
            {
                profile.Name = resident.Name.Length <= ElderProfile.NameMaxLength ? resident.Name : resident.Name[..ElderProfile.NameMaxLength];
                profile.BirthDate = resident.BirthDate;
            }

            profile.TagCodes = VisitPolicy.FormatTags(request.Tags ?? []);
            profile.LivingSituation = request.LivingSituation;
            if (staff.HasPermission(ElderlyCarePermissions.HealthRead)) profile.HealthNotes = ProfileRules.Clean(request.HealthNotes);
            profile.AssignedWorkerId = request.AssignedWorkerId;
            profile.Notes = ProfileRules.Clean(request.Notes);
            if (request.Contacts is not null) ReplaceContacts(profile, request.Contacts);

            var plan = await db.VisitPlans.FirstOrDefaultAsync(p => p.ElderProfileId == profile.Id, cancellationToken);
            var policy = await PolicySnapshot.LoadAsync(db, cancellationToken);
            policy.Apply(db, profile, plan, calendar.Today);

            db.Entry(profile).Property(e => e.Version).OriginalValue = request.Version;
            await db.SaveChangesAsync(cancellationToken);
            return profile.Id;
        }

        private void ReplaceContacts(ElderProfile profile, IReadOnlyList<ContactInput> inputs)
        {
            var old = profile.Contacts.ToList();
            db.ElderContacts.RemoveRange(old);
            profile.Contacts.Clear();
            foreach (var input in inputs)
            {
                var phone = ProfileRules.NormalizePhone(input.Phone);
                // The same contact by id (a page edit may rename it); an API caller without ids: the same kind and name.
                var kept = phone is not null ? null
                    : input.Id is { } id ? old.FirstOrDefault(c => c.Id == id)
                    : old.FirstOrDefault(c => c.Kind == input.Kind && c.Name == input.Name?.Trim());
                var contact = new ElderContact
                {
                    ElderProfileId = profile.Id,
                    Kind = input.Kind,
                    Name = input.Name!.Trim(),
                    Relationship = ProfileRules.Clean(input.Relationship),
                    PhoneCipher = phone is null ? kept?.PhoneCipher : protector.Protect(phone),
                    PhoneMasked = phone is null ? kept?.PhoneMasked : ProfileRules.Mask(phone),
                };
                profile.Contacts.Add(contact);
                db.ElderContacts.Add(contact);
            }
        }
    }
}
