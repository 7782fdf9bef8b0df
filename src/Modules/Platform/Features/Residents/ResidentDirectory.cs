using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain.Residents;

namespace ModularSocialWork.Modules.Platform.Features.Residents;

/// <summary>
/// The ledger for other modules. Reads go through the Platform context, so the station-scope filter applies: a resident
/// of another station is simply not found. Search reuses the list's filter (name prefix, pinyin initials, full ID).
/// </summary>
internal sealed class ResidentDirectory(PlatformDbContext db, IPersonalDataProtector protector) : IResidentDirectory
{
    public async Task<ResidentSummary?> FindAsync(Guid residentId, CancellationToken cancellationToken)
    {
        var resident = await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == residentId, cancellationToken);
        return resident is null ? null : Summary(resident);
    }

    public async Task<IReadOnlyList<ResidentSummary>> SearchAsync(string text, int limit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var query = await ListResidents.FilterAsync(db, protector, new ListResidents.Query { Search = text.Trim() }, cancellationToken);
        var residents = await query.OrderBy(r => r.Name).ThenBy(r => r.Id).Take(Math.Clamp(limit, 1, 100)).ToListAsync(cancellationToken);
        return residents.Select(Summary).ToList();
    }

    public async Task<IReadOnlyList<ResidentSummary>> ListAsync(int? minimumAge, string? tag, DateOnly today, int limit, CancellationToken cancellationToken)
    {
        IQueryable<Resident> query = db.Residents.AsNoTracking();
        if (minimumAge is { } age)
        {
            var bornOnOrBefore = today.AddYears(-age);
            query = query.Where(r => r.BirthDate != null && r.BirthDate <= bornOnOrBefore);
        }

        if (!string.IsNullOrEmpty(tag))
        {
            var pattern = Resident.TagPattern(tag);
            query = query.Where(r => r.TagCodes.Contains(pattern));
        }

        var residents = await query.OrderBy(r => r.Id).Take(Math.Clamp(limit, 1, 1000)).ToListAsync(cancellationToken);
        return residents.Select(Summary).ToList();
    }

    private static ResidentSummary Summary(Resident r) => new(
        r.Id, r.Name, r.BirthDate, r.Sex switch { Sex.Male => true, Sex.Female => false, _ => null },
        r.StationId, r.Village, r.IdNumberMasked, r.Tags, r.MinorSensitive);
}
