using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Figures;

/// <summary>
/// The counting rules of the monthly figures, in one place (README "Figures" states the same rules).
/// <list type="bullet">
/// <item><b>Elders due</b> in month M: every elder profile (in the caller's station scope) created before M ends
/// (<c>CreatedAt</c> &lt; 00:00 of the first day after M, county time). The tier is the profile's current tier (tier history
/// is not kept), the station its current station.</item>
/// <item><b>Counted days</b>: the days of M up to and including today (the whole month for a past month), so the figure for
/// the month in progress means "on track so far" rather than "failed until the month ends".</item>
/// <item><b>Visited as required</b>: high-risk (weekly): visits dated in M up to the counted day ≥ ⌈counted days ÷ 7⌉
/// (at least 1); key (monthly): ≥ 1 visit dated in M; general (quarterly): ≥ 1 visit dated in the rolling three calendar
/// months ending with M (the two months before M and M itself).</item>
/// <item><b>月探访率</b> = visited as required ÷ elders due; no elder due → no rate (shown "—").</item>
/// <item><b>服务人次</b> = visit records dated in M (each visit to one person counts 1, whatever the method);
/// <b>服务人数</b> = distinct elders with at least one visit dated in M. Visits count at the station stored on the record.</item>
/// </list>
/// All of it runs as grouped queries in the database (<see cref="MonthlyFigureQueries"/>).
/// </summary>
internal sealed record VisitRatePeriod(DateOnly First, DateOnly Last, DateOnly CountedTo, DateOnly GeneralWindowStart)
{
    public static VisitRatePeriod For(int year, int month, DateOnly today)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var countedTo = today < last ? (today < first ? first.AddDays(-1) : today) : last;
        return new VisitRatePeriod(first, last, countedTo, first.AddMonths(-2));
    }

    /// <summary>Days of the month counted so far (0 for a month that has not started).</summary>
    public int CountedDays => CountedTo < First ? 0 : CountedTo.DayNumber - First.DayNumber + 1;

    /// <summary>Visits a high-risk (weekly) elder needs in the counted days: ⌈days ÷ 7⌉, at least one.</summary>
    public int WeeklyVisitsRequired => Math.Max(1, (CountedDays + 6) / 7);

    public string Month => First.ToString("yyyy-MM");

    /// <summary>The rule for one elder, given the visit counts the query computed (also the reference for property tests).</summary>
    public bool VisitedAsRequired(RiskTier tier, int visitsInMonth, int visitsInGeneralWindow) => tier switch
    {
        RiskTier.HighRisk => visitsInMonth >= WeeklyVisitsRequired,
        RiskTier.Key => visitsInMonth >= 1,
        _ => visitsInGeneralWindow >= 1,
    };

    public static double? Rate(int visited, int due) => due == 0 ? null : (double)visited / due;

    /// <summary>"87.5%" or "—" when no elder is due.</summary>
    public static string RateText(double? rate) => rate is { } r ? (r * 100).ToString("0.#") + "%" : "—";
}
