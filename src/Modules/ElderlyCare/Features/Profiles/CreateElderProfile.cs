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
/// Opens the elderly-care profile of a ledger resident (name, birth date and station copied from the ledger), derives the
/// tier from the county policy and creates the visit plan, due today. One profile per resident (409 otherwise).
/// </summary>
internal static class CreateElderProfile
{
    [RequiresPermission(ElderlyCarePermissions.EldersWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public Guid ResidentId { get; init; }
        public IReadOnlyList<string>? Tags { get; init; }
        public LivingSituation LivingSituation { get; init; }
        public string? HealthNotes { get; init; }
        public IReadOnlyList<ContactInput>? Contacts { get; init; }
        public Guid? AssignedWorkerId { get; init; }
        public string? Notes { get; init; }

        public string AuditAction => "ElderlyCare.Elders.Create";
        public string AuditEntityType => "ElderProfile";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ResidentId).NotEmpty().WithMessage("请选择居民。");
            ProfileRules.Apply(this, c => c.Tags, c => c.Contacts, c => c.LivingSituation, c => c.HealthNotes, c => c.Notes);
        }
    }

    internal sealed class Handler(
        ElderlyCareDbContext db, IResidentDirectory residents, IPersonalDataProtector protector, CountyCalendar calendar, IStaffDirectory staffDirectory)
        : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var resident = await residents.FindAsync(request.ResidentId, cancellationToken) ?? throw new NotFoundException("找不到该居民。");
            if (await db.Elders.IgnoreQueryFilters().AnyAsync(e => e.ResidentId == resident.Id, cancellationToken))
                throw new ConflictException("该居民已有养老服务档案。");
            await staffDirectory.EnsureAssignableAsync(resident.StationId, request.AssignedWorkerId, cancellationToken);

            var profile = new ElderProfile
            {
                ResidentId = resident.Id,
                StationId = resident.StationId,
                Name = Truncate(resident.Name, ElderProfile.NameMaxLength),
                BirthDate = resident.BirthDate,
                TagCodes = VisitPolicy.FormatTags(request.Tags ?? []),
                LivingSituation = request.LivingSituation,
                HealthNotes = ProfileRules.Clean(request.HealthNotes),
                AssignedWorkerId = request.AssignedWorkerId,
                Notes = ProfileRules.Clean(request.Notes),
            };
            ProfileRules.ReplaceContacts(profile, request.Contacts, protector);
            db.Elders.Add(profile);

            var policy = await PolicySnapshot.LoadAsync(db, cancellationToken);
            policy.Apply(db, profile, null, calendar.Today);

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two creations for one resident at once: the unique index decides, the loser gets the 409.
                if (await ExistsAsync(resident.Id, cancellationToken)) throw new ConflictException("该居民已有养老服务档案。");
                throw;
            }

            return profile.Id;
        }

        private async Task<bool> ExistsAsync(Guid residentId, CancellationToken cancellationToken)
        {
            db.ChangeTracker.Clear();
            return await db.Elders.IgnoreQueryFilters().AnyAsync(e => e.ResidentId == residentId, cancellationToken);
        }

        private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
    }
}
