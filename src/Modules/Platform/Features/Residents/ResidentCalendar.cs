using Microsoft.Extensions.Configuration;

namespace ModularSocialWork.Modules.Platform.Features.Residents;

/// <summary>Today in the county's time zone (<c>Platform:TimeZone</c>, Asia/Shanghai by default): birth dates and ages.</summary>
internal sealed class ResidentCalendar(TimeProvider clock, TimeZoneInfo timeZone)
{
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), timeZone).DateTime);

    public static TimeZoneInfo TimeZoneFrom(IConfiguration configuration)
    {
        var id = configuration["Platform:TimeZone"];
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? "Asia/Shanghai" : id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"); // the host refuses a bad id at start-up anyway
        }
    }
}
