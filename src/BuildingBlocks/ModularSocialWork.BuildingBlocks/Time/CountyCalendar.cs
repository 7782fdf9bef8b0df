using Microsoft.Extensions.Configuration;
using ModularSocialWork.BuildingBlocks.Modules;

namespace ModularSocialWork.BuildingBlocks.Time;

/// <summary>
/// The county's calendar: "today" and day boundaries in <c>Platform:TimeZone</c> (Asia/Shanghai by default) from the
/// injected <see cref="TimeProvider"/>. Registered once by the host; every module uses this one, so visit dates, ages
/// and job days can never disagree about which day it is.
/// </summary>
public sealed class CountyCalendar(TimeProvider clock, TimeZoneInfo timeZone)
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    public TimeZoneInfo TimeZone => timeZone;

    public DateOnly Today => DateOf(clock.GetUtcNow());

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The county-local calendar day of an instant.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, timeZone).DateTime);

    /// <summary>00:00 county time of <paramref name="day"/>, as a UTC instant.</summary>
    public DateTimeOffset StartOf(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), timeZone), TimeSpan.Zero);

    /// <summary><c>Platform:TimeZone</c>; an unknown id stops start-up with a clear message.</summary>
    public static TimeZoneInfo TimeZoneFrom(IConfiguration configuration)
    {
        var id = configuration["Platform:TimeZone"];
        id = string.IsNullOrWhiteSpace(id) ? DefaultTimeZone : id;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new StartupConfigurationException($"Platform:TimeZone '{id}' is not a known time zone (e.g. {DefaultTimeZone}).");
        }
    }
}
