using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain.Residents;
using ModularSocialWork.Modules.Platform.Features.Stations;

namespace ModularSocialWork.Modules.Platform.Features.Residents;

/// <summary>
/// The ledger list, paged on the server. The search box takes a full ID number (exact match through the blind index),
/// else a name prefix or a pinyin-initials prefix (张 / ZS / zs). The station filter includes its sub-stations.
/// </summary>
internal static class ListResidents
{
    public const int MaxPageSize = 100;

    [RequiresPermission(PlatformPermissions.ResidentsRead)]
    public sealed record Query : IRequest<Page>
    {
        public string? Search { get; init; }
        public string? Tag { get; init; }
        public Guid? StationId { get; init; }
        public string? Village { get; init; }
        public int Page { get; init; } = 1;
        public int PageSize { get; init; } = 20;
    }

    public sealed record Page(IReadOnlyList<Item> Items, int Total, int PageNumber, int PageSize)
    {
        public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
    }

    public sealed record Item(
        Guid Id, string Name, Sex Sex, DateOnly? BirthDate, string? IdNumberMasked, string? PhoneMasked, string? Village,
        Guid StationId, string StationName, IReadOnlyList<string> Tags, bool MinorSensitive);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("页码必须大于等于 1。");
            RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithMessage($"每页条数必须在 1 到 {MaxPageSize} 之间。");
            RuleFor(q => q.Search).MaximumLength(50).WithMessage("搜索内容不能超过 50 个字符。");
            RuleFor(q => q.Tag).Must(t => string.IsNullOrEmpty(t) || ResidentTags.IsKnown(t)).WithMessage("对象类别无效。");
        }
    }

    internal sealed class Handler(PlatformDbContext db, IPersonalDataProtector protector) : IRequestHandler<Query, Page>
    {
        public async Task<Page> Handle(Query request, CancellationToken cancellationToken)
        {
            var query = await FilterAsync(db, protector, request, cancellationToken);
            var total = await query.CountAsync(cancellationToken);
            var rows = await query
                .OrderBy(r => r.Name).ThenBy(r => r.Id)
                .Skip((request.Page - 1) * request.PageSize)
                .Take(request.PageSize)
                .Select(r => new
                {
                    r.Id, r.Name, r.Sex, r.BirthDate, r.IdNumberMasked, r.PhoneMasked, r.Village, r.StationId, r.TagCodes, r.MinorSensitive,
                })
                .ToListAsync(cancellationToken);

            var stationIds = rows.Select(r => r.StationId).Distinct().ToList();
            var stationNames = await db.Stations.AsNoTracking().Where(s => stationIds.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
            var items = rows.Select(r => new Item(
                    r.Id, r.Name, r.Sex, r.BirthDate, r.IdNumberMasked, r.PhoneMasked, r.Village, r.StationId,
                    stationNames.GetValueOrDefault(r.StationId, ""), r.TagCodes.Split(',', StringSplitOptions.RemoveEmptyEntries), r.MinorSensitive))
                .ToList();
            return new Page(items, total, request.Page, request.PageSize);
        }
    }

    /// <summary>The filtered (not yet ordered or paged) residents; the export uses the same filter.</summary>
    public static async Task<IQueryable<Resident>> FilterAsync(
        PlatformDbContext db, IPersonalDataProtector protector, Query request, CancellationToken cancellationToken)
    {
        IQueryable<Resident> query = db.Residents.AsNoTracking();

        if (request.StationId is { } stationId)
        {
            var stations = await db.Stations.AsNoTracking().Select(s => new { s.Id, s.ParentId }).ToListAsync(cancellationToken);
            var subtree = StationSubtree(stationId, stations.Select(s => (s.Id, s.ParentId)));
            query = query.Where(r => subtree.Contains(r.StationId));
        }

        if (!string.IsNullOrWhiteSpace(request.Village))
        {
            var village = request.Village.Trim();
            query = query.Where(r => r.Village == village);
        }

        if (!string.IsNullOrWhiteSpace(request.Tag))
        {
            var pattern = Resident.TagPattern(request.Tag);
            query = query.Where(r => r.TagCodes.Contains(pattern));
        }

        var search = request.Search?.Trim();
        if (!string.IsNullOrEmpty(search))
        {
            if (LooksLikeIdNumber(search))
            {
                var index = protector.BlindIndex(search.ToUpperInvariant());
                query = query.Where(r => r.IdNumberIndex == index);
            }
            else
            {
                var initials = search.ToUpperInvariant();
                if (db.Database.IsSqlite())
                {
                    // SQLite's LIKE is case-insensitive and so cannot use the (binary) indexes on Name and NameInitials:
                    // at a million residents a prefix LIKE scans the table. A half-open range on the same column can.
                    var nameEnd = search + PrefixEnd;
                    var initialsEnd = initials + PrefixEnd;
                    query = query.Where(r =>
                        (string.Compare(r.Name, search) >= 0 && string.Compare(r.Name, nameEnd) < 0) ||
                        (string.Compare(r.NameInitials, initials) >= 0 && string.Compare(r.NameInitials, initialsEnd) < 0));
                }
                else
                {
                    query = query.Where(r => r.Name.StartsWith(search) || r.NameInitials.StartsWith(initials));
                }
            }
        }

        return query;
    }

    /// <summary>The largest code point: every string that starts with a prefix sorts below prefix + this (UTF-8 binary order).</summary>
    private const string PrefixEnd = "\U0010FFFF";

    private static bool LooksLikeIdNumber(string text) =>
        text.Length == 18 && text.AsSpan(0, 17).IndexOfAnyExceptInRange('0', '9') < 0 && (char.IsAsciiDigit(text[17]) || text[17] is 'x' or 'X');

    private static List<Guid> StationSubtree(Guid root, IEnumerable<(Guid Id, Guid? ParentId)> stations)
    {
        var children = stations.Where(s => s.ParentId is not null).ToLookup(s => s.ParentId!.Value, s => s.Id);
        var result = new List<Guid> { root };
        for (var i = 0; i < result.Count; i++) result.AddRange(children[result[i]]);
        return result;
    }
}
