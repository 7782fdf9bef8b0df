using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Figures;

/// <summary>Today and month boundaries in the county's time zone (<c>Platform:TimeZone</c>, Asia/Shanghai by default).</summary>
internal sealed class FiguresCalendar(TimeProvider clock, IConfiguration configuration)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(
        configuration["Platform:TimeZone"] is { Length: > 0 } id ? id : "Asia/Shanghai");

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);

    /// <summary>00:00 county time of <paramref name="day"/>, as a UTC instant.</summary>
    public DateTimeOffset StartOf(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), zone), TimeSpan.Zero);

    /// <summary>Parses <c>yyyy-MM</c> (empty = the current month); false for anything else.</summary>
    public bool TryParseMonth(string? text, out DateOnly firstDay)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            var today = Today;
            firstDay = new DateOnly(today.Year, today.Month, 1);
            return true;
        }

        return DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDay)
               && firstDay.Year is >= 2000 and <= 2100;
    }

    public const string BadMonthMessage = "月份格式不正确，应为 yyyy-MM（例如 2026-11）。";
}
