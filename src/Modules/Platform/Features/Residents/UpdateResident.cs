using ModularSocialWork.BuildingBlocks.Time;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain.Residents;

namespace ModularSocialWork.Modules.Platform.Features.Residents;

/// <summary>
/// Edits a resident. The client sends back the <c>Version</c> it read: if someone saved in between, the write is refused
/// (409) instead of silently overwriting their change. An empty ID number or phone keeps the stored one.
/// </summary>
internal static class UpdateResident
{
    [RequiresPermission(PlatformPermissions.ResidentsWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public Guid Id { get; init; }
        public Guid Version { get; init; }
        public string? Name { get; init; }
        public string? IdNumber { get; init; }
        public Sex? Sex { get; init; }
        public DateOnly? BirthDate { get; init; }
        public string? Phone { get; init; }

        /// <summary>True removes the stored phone number (an empty <see cref="Phone"/> alone keeps it).</summary>
        public bool ClearPhone { get; init; }

        public string? Address { get; init; }
        public string? Village { get; init; }
        public Guid StationId { get; init; }
        public Guid? HouseholdId { get; init; }
        public HouseholdRelationship? RelationshipToHead { get; init; }
        public IReadOnlyList<string>? Tags { get; init; }
        public LegalBasis LegalBasis { get; init; } = LegalBasis.StatutoryDuty;
        public string? Notes { get; init; }

        public string AuditAction => "Platform.Residents.Update";
        public string AuditEntityType => "Resident";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CountyCalendar calendar)
        {
            // Today is read when a rule runs, not when the validator is built: validators live as long as the process.
            RuleFor(c => c.Id).NotEmpty().WithMessage("缺少居民编号。");
            RuleFor(c => c.Version).NotEmpty().WithMessage("缺少版本号，请刷新后重试。");
            ResidentRules.Name(RuleFor(c => c.Name));
            RuleFor(c => c.IdNumber).Custom((value, context) =>
            {
                if (string.IsNullOrWhiteSpace(value)) return;
                if (!ResidentRules.TryParseIdNumber(value, calendar.Today, out _, out var error)) context.AddFailure(nameof(Command.IdNumber), error!);
            });
            RuleFor(c => c.BirthDate).Must(d => d is null || (d <= calendar.Today && d.Value.Year >= 1900))
                .WithMessage("出生日期不能晚于今天，也不能早于 1900 年。");
            RuleFor(c => c.Phone).Must(p => ResidentRules.IsValidPhone(ResidentRules.NormalizePhone(p))).WithMessage(ResidentRules.PhoneMessage);
            ResidentRules.Optional(RuleFor(c => c.Address), Resident.AddressMaxLength, "地址");
            ResidentRules.Optional(RuleFor(c => c.Village), Resident.VillageMaxLength, "村/社区");
            ResidentRules.Optional(RuleFor(c => c.Notes), Resident.NotesMaxLength, "备注");
            ResidentRules.Tags(RuleFor(c => c.Tags));
            RuleFor(c => c.StationId).NotEmpty().WithMessage("请选择所属站点。");
            RuleFor(c => c.Sex).IsNamedMember().WithMessage("性别无效。");
            RuleFor(c => c.LegalBasis).IsNamedMember().WithMessage("请选择处理依据。");
            RuleFor(c => c.RelationshipToHead).IsNamedMember().WithMessage("与户主关系无效。");
        }
    }

    internal sealed class Handler(
        PlatformDbContext db, IPersonalDataProtector protector, IEnumerable<IStationScope> scopes, CountyCalendar calendar)
        : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var scope = scopes.FirstOrDefault() ?? UnrestrictedStationScope.Instance;
            var resident = await db.Residents.FirstOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException();
            if (resident.Version != request.Version) throw new ConflictException("该居民档案已被他人修改，请刷新后重试。");

            if (request.StationId != resident.StationId) await ResidentWriter.EnsureStationAsync(db, scope, request.StationId, cancellationToken);
            if (request.HouseholdId != resident.HouseholdId) await ResidentWriter.EnsureHouseholdAsync(db, request.HouseholdId, cancellationToken);
            if (request.LegalBasis == LegalBasis.Consent && resident.LegalBasis != LegalBasis.Consent
                && !await db.ResidentConsents.AnyAsync(c => c.ResidentId == resident.Id && c.WithdrawnAt == null, cancellationToken))
            {
                throw new BusinessRuleException("该居民没有有效的同意记录，不能将处理依据改为“同意”。", nameof(Command.LegalBasis));
            }

            var hadIdNumber = resident.IdNumberIndex is not null;
            var (sex, birthDate) = hadIdNumber ? (resident.Sex, resident.BirthDate) : (request.Sex, request.BirthDate);
            resident.Rename(request.Name!);
            ResidentWriter.Apply(resident, sex, birthDate, request.Address, request.Village, request.StationId,
                request.HouseholdId, request.RelationshipToHead, request.Tags, request.LegalBasis, request.Notes);

            if (!string.IsNullOrWhiteSpace(request.IdNumber))
            {
                ResidentRules.TryParseIdNumber(request.IdNumber, calendar.Today, out var id, out _);
                ResidentWriter.SetIdNumber(resident, id!, protector);
                await ResidentWriter.EnsureNotDuplicateAsync(db, scope, resident.IdNumberIndex!, resident.Id, cancellationToken);
            }

            var phone = ResidentRules.NormalizePhone(request.Phone);
            if (phone is not null || request.ClearPhone) ResidentWriter.SetPhone(resident, phone, protector);

            // The database compares the version too (concurrency token): a save racing this one still ends in 409.
            db.Entry(resident).Property(r => r.Version).OriginalValue = request.Version;
            await db.SaveChangesAsync(cancellationToken);
            return resident.Id;
        }
    }
}
