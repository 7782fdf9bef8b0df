namespace ModularSocialWork.BuildingBlocks.PersonalData;

/// <summary>
/// The residents ledger as other modules may see it (implemented by Platform, station scope applied): modules keep
/// their profiles against a resident id and look the person up here, never through a cross-schema join.
/// </summary>
public interface IResidentDirectory
{
    /// <summary>The resident, or null when it does not exist or is outside the current user's station scope.</summary>
    Task<ResidentSummary?> FindAsync(Guid residentId, CancellationToken cancellationToken);

    /// <summary>Name prefix / pinyin initials / full ID number search, at most <paramref name="limit"/> results.</summary>
    Task<IReadOnlyList<ResidentSummary>> SearchAsync(string text, int limit, CancellationToken cancellationToken);

    /// <summary>Residents at least <paramref name="minimumAge"/> old on <paramref name="today"/> (and carrying
    /// <paramref name="tag"/> when given), ordered by id, at most <paramref name="limit"/>: for seeding and batch work.</summary>
    Task<IReadOnlyList<ResidentSummary>> ListAsync(int? minimumAge, string? tag, DateOnly today, int limit, CancellationToken cancellationToken);
}

/// <summary>What other modules may know of a resident: no ID or phone number, only the masked ID.</summary>
public sealed record ResidentSummary(
    Guid Id,
    string Name,
    DateOnly? BirthDate,
    bool? IsMale,
    Guid StationId,
    string? Village,
    string? IdNumberMasked,
    IReadOnlyList<string> Tags,
    bool MinorSensitive);
