using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.Modules.Platform.Data;

namespace ModularSocialWork.Modules.Platform.Features.Audit;

/// <summary>The audit viewer's list: filtered on the server, newest first, one page at a time.</summary>
internal static class ListAuditEntries
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <param name="From">First day included, in the county's time zone (<c>Platform:TimeZone</c>).</param>
    /// <param name="To">Last day included, likewise.</param>
    [RequiresPermission(PlatformPermissions.AuditRead)]
    public sealed record Query(
        DateOnly? From = null,
        DateOnly? To = null,
        string? User = null,
        string? Action = null,
        string? EntityType = null,
        string? EntityId = null,
        AuditOutcome? Outcome = null,
        int Page = 1,
        int PageSize = DefaultPageSize) : IRequest<Result>;

    public sealed record Row(
        long Sequence, DateTimeOffset At, string UserName, string? Role, Guid? StationId, string Action,
        string? EntityType, string? EntityId, AuditOutcome Outcome, string? Detail, string? ClientIp, string? RequestId);

    public sealed record Result(IReadOnlyList<Row> Items, int Page, int PageSize, long Total)
    {
        public int PageCount => Total == 0 ? 1 : (int)((Total + PageSize - 1) / PageSize);
    }

    internal sealed class Handler(PlatformDbContext db, IConfiguration configuration, AuditOutboxForwarder outboxes) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            // Rows that modules committed with their changes a moment ago are linked first, so the list shows them.
            await outboxes.TryFlushAsync(cancellationToken);
            var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
            var page = Math.Max(1, request.Page);
            var zone = CountyTimeZone(configuration);

            var rows = db.AuditEntries.AsNoTracking();
            if (request.From is { } from) rows = rows.Where(e => e.At >= StartOfDay(from, zone));
            if (request.To is { } to) rows = rows.Where(e => e.At < StartOfDay(to.AddDays(1), zone));
            if (!string.IsNullOrWhiteSpace(request.User)) rows = rows.Where(e => e.UserName == request.User.Trim());
            if (!string.IsNullOrWhiteSpace(request.Action))
            {
                // "Platform.Residents" finds every action under it; an exact name finds just that one.
                var action = request.Action.Trim();
                rows = rows.Where(e => e.Action == action || e.Action.StartsWith(action + "."));
            }

            if (!string.IsNullOrWhiteSpace(request.EntityType)) rows = rows.Where(e => e.EntityType == request.EntityType.Trim());
            if (!string.IsNullOrWhiteSpace(request.EntityId)) rows = rows.Where(e => e.EntityId == request.EntityId.Trim());
            if (request.Outcome is { } outcome) rows = rows.Where(e => e.Outcome == outcome);

            var total = await rows.LongCountAsync(cancellationToken);
            var items = await rows.OrderByDescending(e => e.Sequence)
                .Skip((page - 1) * pageSize)
                .Take(pageSize)
                .Select(e => new Row(e.Sequence, e.At, e.UserName, e.Role, e.StationId, e.Action, e.EntityType, e.EntityId,
                    e.Outcome, e.Detail, e.ClientIp, e.RequestId))
                .ToListAsync(cancellationToken);
            return new Result(items, page, pageSize, total);
        }

        private static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
        {
            var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
        }
    }

    /// <summary><c>Platform:TimeZone</c> (the host validates it at start-up), default Asia/Shanghai.</summary>
    internal static TimeZoneInfo CountyTimeZone(IConfiguration configuration) =>
        ModularSocialWork.BuildingBlocks.Time.CountyCalendar.TimeZoneFrom(configuration);
}
