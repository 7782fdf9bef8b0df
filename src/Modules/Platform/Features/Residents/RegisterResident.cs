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
/// Registers a resident. The ID number decides sex and birth date; an ID number already in the ledger leads to that
/// record (409 with its id) instead of a duplicate. Nothing is saved when anything is wrong.
/// </summary>
internal static class RegisterResident
{
    [RequiresPermission(PlatformPermissions.ResidentsWrite)]
    public sealed record Command : IRequest<Guid>, IAuditedCommand
    {
        public string? Name { get; init; }
        public string? IdNumber { get; init; }
        public Sex? Sex { get; init; }
        public DateOnly? BirthDate { get; init; }
        public string? Phone { get; init; }
        public string? Address { get; init; }
        public string? Village { get; init; }
        public Guid StationId { get; init; }
        public Guid? HouseholdId { get; init; }
        public HouseholdRelationship? RelationshipToHead { get; init; }
        public IReadOnlyList<string>? Tags { get; init; }
        public LegalBasis LegalBasis { get; init; } = LegalBasis.StatutoryDuty;
        public ConsentInput? Consent { get; init; }
        public string? Notes { get; init; }

        public string AuditAction => "Platform.Residents.Register";
        public string AuditEntityType => "Resident";
    }

    public sealed record ConsentInput(string? GivenBy, ConsentGiver Relationship, DateOnly? GivenAt, string? Scope);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CountyCalendar calendar)
        {
            // Today is read when a rule runs, not when the validator is built: validators live as long as the process.
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
            RuleFor(c => c.RelationshipToHead).NotNull().When(c => c.HouseholdId is not null).WithMessage("请选择与户主的关系。");
            When(c => c.LegalBasis == LegalBasis.Consent, () =>
            {
                RuleFor(c => c.Consent).NotNull().WithMessage("处理依据为“同意”时，必须登记同意记录。");
                RuleFor(c => c.Consent!.GivenBy).Must(v => !string.IsNullOrWhiteSpace(v)).When(c => c.Consent is not null)
                    .WithMessage("请填写同意人姓名。");
                RuleFor(c => c.Consent!.GivenBy).Must(v => v is null || v.Trim().Length <= ConsentRecord.GivenByMaxLength).When(c => c.Consent is not null)
                    .WithMessage($"同意人姓名不能超过 {ConsentRecord.GivenByMaxLength} 个字符。");
                RuleFor(c => c.Consent!.GivenAt).NotNull().When(c => c.Consent is not null).WithMessage("请填写同意日期。");
                RuleFor(c => c.Consent!.GivenAt).Must(d => d is null || d <= calendar.Today).When(c => c.Consent is not null).WithMessage("同意日期不能晚于今天。");
                RuleFor(c => c.Consent!.Scope).Must(v => !string.IsNullOrWhiteSpace(v)).When(c => c.Consent is not null)
                    .WithMessage("请填写同意的处理范围。");
                RuleFor(c => c.Consent!.Scope).Must(v => v is null || v.Trim().Length <= ConsentRecord.ScopeMaxLength).When(c => c.Consent is not null)
                    .WithMessage($"同意范围不能超过 {ConsentRecord.ScopeMaxLength} 个字符。");
                RuleFor(c => c.Consent!.Relationship).Equal(ConsentGiver.Guardian)
                    .When(c => c.Consent is not null && IsUnder14(c, calendar.Today))
                    .WithMessage("该居民未满 14 周岁，须由监护人作出同意。");
            });
        }

        private static bool IsUnder14(Command c, DateOnly today)
        {
            DateOnly? birth = ResidentRules.TryParseIdNumber(c.IdNumber, today, out var id, out _) ? id!.BirthDate : c.BirthDate;
            return birth is { } b && ResidentRules.AgeOn(b, today) < Resident.MinorSensitiveAgeLimit;
        }
    }

    internal sealed class Handler(
        PlatformDbContext db, IPersonalDataProtector protector, IEnumerable<IStationScope> scopes, CountyCalendar calendar)
        : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            var scope = scopes.FirstOrDefault() ?? UnrestrictedStationScope.Instance;
            var today = calendar.Today;
            await ResidentWriter.EnsureStationAsync(db, scope, request.StationId, cancellationToken);
            await ResidentWriter.EnsureHouseholdAsync(db, request.HouseholdId, cancellationToken);

            var resident = new Resident { Name = "" };
            resident.Rename(request.Name!);
            ResidentWriter.Apply(resident, request.Sex, request.BirthDate, request.Address, request.Village, request.StationId,
                request.HouseholdId, request.RelationshipToHead, request.Tags, request.LegalBasis, request.Notes);

            if (!string.IsNullOrWhiteSpace(request.IdNumber))
            {
                ResidentRules.TryParseIdNumber(request.IdNumber, today, out var id, out _);
                ResidentWriter.SetIdNumber(resident, id!, protector);
                await ResidentWriter.EnsureNotDuplicateAsync(db, scope, resident.IdNumberIndex!, null, cancellationToken);
            }

            ResidentWriter.SetPhone(resident, ResidentRules.NormalizePhone(request.Phone), protector);
            resident.FlagMinorOn(today);
            db.Residents.Add(resident);

            if (request.LegalBasis == LegalBasis.Consent && request.Consent is { } consent)
            {
                db.ResidentConsents.Add(new ConsentRecord
                {
                    ResidentId = resident.Id,
                    GivenBy = consent.GivenBy!.Trim(),
                    Relationship = consent.Relationship,
                    GivenAt = consent.GivenAt!.Value,
                    Scope = consent.Scope!.Trim(),
                });
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (resident.IdNumberIndex is not null)
            {
                // Two registrations of one number at once: the unique index decides, the loser is led to the winner.
                db.ChangeTracker.Clear();
                await ResidentWriter.EnsureNotDuplicateAsync(db, scope, resident.IdNumberIndex, null, cancellationToken);
                throw;
            }

            return resident.Id;
        }
    }
}
