using Microsoft.Extensions.Configuration;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Policy;

/// <summary>"Today" in the county's time zone (<c>Platform:TimeZone</c>, default Asia/Shanghai) from the TimeProvider.</summary>
internal sealed class ElderlyCareCalendar(TimeProvider clock, IConfiguration configuration)
{
    private readonly TimeZoneInfo timeZone = TimeZoneFrom(configuration);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), timeZone).DateTime);

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The county-local calendar day of an instant.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, timeZone).DateTime);

    private static TimeZoneInfo TimeZoneFrom(IConfiguration configuration)
    {
        var id = configuration["Platform:TimeZone"];
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? "Asia/Shanghai" : id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
    }
}
