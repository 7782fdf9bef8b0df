using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain.Residents;

namespace ModularSocialWork.Modules.Platform.Features.Residents;

/// <summary>What register, edit and import do the same way to a resident.</summary>
internal static class ResidentWriter
{
    public const string StationMessage = "所选站点不存在、已停用或不在您的管辖范围内。";

    public static async Task EnsureStationAsync(PlatformDbContext db, IStationScope scope, Guid stationId, CancellationToken ct)
    {
        if (!scope.CanSee(stationId) || !await db.Stations.AnyAsync(s => s.Id == stationId && s.IsActive, ct))
        {
            throw new BusinessRuleException(StationMessage, "StationId");
        }
    }

    public static async Task EnsureHouseholdAsync(PlatformDbContext db, Guid? householdId, CancellationToken ct)
    {
        if (householdId is { } id && !await db.Households.AnyAsync(h => h.Id == id, ct))
        {
            throw new BusinessRuleException("所选的户不存在。", "HouseholdId");
        }
    }

    /// <summary>Looks across every station (the number is unique county-wide) but names the record only if visible.</summary>
    public static async Task EnsureNotDuplicateAsync(PlatformDbContext db, IStationScope scope, string index, Guid? self, CancellationToken ct)
    {
        var existing = await db.Residents.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.IdNumberIndex == index && r.Id != self)
            .Select(r => new { r.Id, r.StationId })
            .FirstOrDefaultAsync(ct);
        if (existing is not null) throw new DuplicateResidentException(scope.CanSee(existing.StationId) ? existing.Id : null);
    }

    public static void Apply(Resident resident, Sex? sex, DateOnly? birthDate, string? address, string? village, Guid stationId,
        Guid? householdId, HouseholdRelationship? relationship, IEnumerable<string>? tags, LegalBasis legalBasis, string? notes)
    {
        resident.Sex = sex ?? Sex.Unknown;
        resident.BirthDate = birthDate;
        resident.Address = Clean(address);
        resident.Village = Clean(village);
        resident.StationId = stationId;
        resident.HouseholdId = householdId;
        resident.RelationshipToHead = householdId is null ? null : relationship;
        resident.SetTags(tags ?? []);
        resident.LegalBasis = legalBasis;
        resident.Notes = Clean(notes);
    }

    /// <summary>The ID number wins over entered sex and birth date: they derive from it.</summary>
    public static void SetIdNumber(Resident resident, ChineseIdNumber id, IPersonalDataProtector protector)
    {
        resident.IdNumberCipher = protector.Protect(id.Value);
        resident.IdNumberIndex = protector.BlindIndex(id.Value);
        resident.IdNumberMasked = id.Masked;
        resident.Sex = id.IsMale ? Sex.Male : Sex.Female;
        resident.BirthDate = id.BirthDate;
    }

    public static void SetPhone(Resident resident, string? phone, IPersonalDataProtector protector)
    {
        if (phone is null)
        {
            resident.PhoneCipher = resident.PhoneIndex = resident.PhoneMasked = null;
            return;
        }

        var digits = phone.Replace("-", "", StringComparison.Ordinal);
        resident.PhoneCipher = protector.Protect(phone);
        resident.PhoneIndex = protector.BlindIndex(digits);
        resident.PhoneMasked = ResidentRules.MaskPhone(phone);
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
