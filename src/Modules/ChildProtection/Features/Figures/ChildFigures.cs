using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Tasks;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;
using ModularSocialWork.Modules.ChildProtection.Features.Referrals;

namespace ModularSocialWork.Modules.ChildProtection.Features.Figures;

internal sealed record StageCount(CaseStatus Status, string Name, int Count);

internal sealed record CategoryCount(ChildCategory Category, string Name, int Count);

internal sealed record ChildFigures(
    string Month,
    DateOnly CountedTo,
    int ChildrenFollowed,
    int ChildrenServed,
    int VisitsInMonth,
    int VisitsOnTime,
    string VisitsOnTimeText,
    int FollowUpsDue,
    int FollowUpsOnTime,
    string FollowUpsOnTimeText,
    int ReferralsOpen,
    IReadOnlyList<StageCount> CasesByStage,
    IReadOnlyList<CategoryCount> ChildrenByCategory);

/// <summary>
/// The module's figures for month M within the caller's scope (grouped queries, no records loaded):
/// 在册儿童 = profiles now; 服务儿童 = distinct children with a visit or a done follow-up dated in M;
/// 探访按时 = visits in M dated on or before the plan's due date at the time; 跟进按时 = follow-ups due in M up to
/// today that were done by their due date; 待处理转介 = pending referrals either side; 个案 by current status.
/// </summary>
internal sealed class ChildFiguresCalculator(ChildProtectionDbContext db, CountyCalendar calendar, IStationScope scope)
{
    public const string BadMonthMessage = "月份格式不正确，应为 yyyy-MM（例如 2026-11）。";

    public bool TryParseMonth(string? text, out DateOnly first)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            var today = calendar.Today;
            first = new DateOnly(today.Year, today.Month, 1);
            return true;
        }

        return DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first)
               && first.Year is >= 2000 and <= 2100;
    }

    public static string Rate(int part, int whole) => whole == 0 ? "—" : $"{Math.Round(100.0 * part / whole, 1).ToString(CultureInfo.InvariantCulture)}%";

    public async Task<ChildFigures> ComputeAsync(DateOnly month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var today = calendar.Today;
        var countedTo = today < last ? today : last;

        var followed = await db.Children.CountAsync(cancellationToken);
        var visits = await db.VisitRecords.Where(v => v.VisitDate >= first && v.VisitDate <= last)
            .GroupBy(v => 1).Select(g => new { Count = g.Count(), OnTime = g.Count(v => v.DueDate == null || v.VisitDate <= v.DueDate) })
            .FirstOrDefaultAsync(cancellationToken);
        var visitedChildren = db.VisitRecords.Where(v => v.VisitDate >= first && v.VisitDate <= last).Select(v => v.ChildProfileId);
        var followedChildren = db.FollowUps.Where(f => f.CompletedOn >= first && f.CompletedOn <= last).Select(f => f.ChildProfileId);
        var served = await visitedChildren.Union(followedChildren).Distinct().CountAsync(cancellationToken);
        var followUps = await db.FollowUps.Where(f => f.DueDate >= first && f.DueDate <= countedTo)
            .GroupBy(f => 1).Select(g => new { Count = g.Count(), OnTime = g.Count(f => f.CompletedOn != null && f.CompletedOn <= f.DueDate) })
            .FirstOrDefaultAsync(cancellationToken);
        var referralsOpen = await ReferralScope.Visible(db, scope).CountAsync(r => r.Status == ReferralStatus.Pending, cancellationToken);
        var stages = await db.Cases.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var categories = await db.Children.GroupBy(c => c.Category).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

        return new ChildFigures(
            first.ToString("yyyy-MM"), countedTo, followed, served,
            visits?.Count ?? 0, visits?.OnTime ?? 0, Rate(visits?.OnTime ?? 0, visits?.Count ?? 0),
            followUps?.Count ?? 0, followUps?.OnTime ?? 0, Rate(followUps?.OnTime ?? 0, followUps?.Count ?? 0),
            referralsOpen,
            Enum.GetValues<CaseStatus>().Select(s => new StageCount(s, CaseStateMachine.StatusZh(s), stages.GetValueOrDefault(s))).ToList(),
            Enum.GetValues<ChildCategory>().Select(c => new CategoryCount(c, ChildText.CategoryZh(c), categories.GetValueOrDefault(c))).ToList());
    }
}

[RequiresPermission(ChildProtectionPermissions.CasesRead)]
internal sealed record GetChildFigures(DateOnly Month) : IRequest<ChildFigures>;

internal sealed class GetChildFiguresHandler(ChildFiguresCalculator calculator) : IRequestHandler<GetChildFigures, ChildFigures>
{
    public Task<ChildFigures> Handle(GetChildFigures request, CancellationToken cancellationToken) => calculator.ComputeAsync(request.Month, cancellationToken);
}

/// <summary>"本月服务儿童" and "待处理儿童转介" on the 工作台, for the signed-in user's scope.</summary>
internal sealed class ChildProtectionFigureSource(IMediator mediator, CountyCalendar calendar) : IDashboardFigureSource
{
    public const string DashboardUrl = "/ChildProtection/Dashboard";

    public async Task<IReadOnlyList<DashboardFigure>> GetFiguresAsync(ICurrentStaff staff, CancellationToken cancellationToken)
    {
        if (!staff.HasPermission(ChildProtectionPermissions.CasesRead)) return [];
        var today = calendar.Today;
        var figures = await mediator.Send(new GetChildFigures(new DateOnly(today.Year, today.Month, 1)), cancellationToken);
        return
        [
            new("ChildProtection", "本月服务儿童", "Children served this month", figures.ChildrenServed.ToString(CultureInfo.InvariantCulture), DashboardUrl),
            new("ChildProtection", "待处理儿童转介", "Open child referrals", figures.ReferralsOpen.ToString(CultureInfo.InvariantCulture), "/ChildProtection/Referrals"),
        ];
    }
}
