using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.Modules.Brands.AntiFraud.Data;
using ModularSocialWork.Modules.Brands.AntiFraud.Domain;

namespace ModularSocialWork.Modules.Brands.AntiFraud.Features.Activities;

internal sealed record ActivityItem(
    Guid Id, Guid StationId, ActivityKind Kind, string Title, DateOnly Date, string? Location, FraudTypes FraudTypes,
    string FraudTypesText, string? Materials, int MaterialsCount, int Attendees, int Reports);

internal sealed record AttendeeItem(Guid ResidentId, string ResidentName, bool ReportedSuspicious, string? Note);

internal sealed record ActivityDetail(ActivityItem Activity, IReadOnlyList<AttendeeItem> Attendees);

/// <summary>Activities of the caller's station scope, newest first (at most 200: a station holds a few a month).</summary>
[RequiresPermission(AntiFraudPermissions.Read)]
internal sealed record ListActivities(DateOnly? From = null, DateOnly? To = null) : IRequest<IReadOnlyList<ActivityItem>>;

[RequiresPermission(AntiFraudPermissions.Read)]
internal sealed record GetActivity(Guid Id) : IRequest<ActivityDetail>;

internal sealed class ActivityQueryHandlers(AntiFraudDbContext db) :
    IRequestHandler<ListActivities, IReadOnlyList<ActivityItem>>,
    IRequestHandler<GetActivity, ActivityDetail>
{
    public async Task<IReadOnlyList<ActivityItem>> Handle(ListActivities request, CancellationToken cancellationToken)
    {
        var query = db.Activities.AsNoTracking();
        if (request.From is { } from) query = query.Where(a => a.Date >= from);
        if (request.To is { } to) query = query.Where(a => a.Date <= to);
        var rows = await query.OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).Take(200)
            .Select(a => new
            {
                a.Id, a.StationId, a.Kind, a.Title, a.Date, a.Location, a.FraudTypes, a.Materials, a.MaterialsCount,
                Attendees = a.Attendees.Count, Reports = a.Attendees.Count(x => x.ReportedSuspicious),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(a => new ActivityItem(a.Id, a.StationId, a.Kind, a.Title, a.Date, a.Location, a.FraudTypes,
            FraudTypeNames.Display(a.FraudTypes), a.Materials, a.MaterialsCount, a.Attendees, a.Reports)).ToList();
    }

    public async Task<ActivityDetail> Handle(GetActivity request, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().Include(a => a.Attendees)
            .FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken) ?? throw new NotFoundException("找不到该活动。");
        var item = new ActivityItem(activity.Id, activity.StationId, activity.Kind, activity.Title, activity.Date, activity.Location,
            activity.FraudTypes, FraudTypeNames.Display(activity.FraudTypes), activity.Materials, activity.MaterialsCount,
            activity.Attendees.Count, activity.Attendees.Count(x => x.ReportedSuspicious));
        return new ActivityDetail(item, activity.Attendees.OrderBy(a => a.ResidentName, StringComparer.Ordinal)
            .Select(a => new AttendeeItem(a.ResidentId, a.ResidentName, a.ReportedSuspicious, a.Note)).ToList());
    }
}
