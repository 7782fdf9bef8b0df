using System.Globalization;
using ModularSocialWork.BuildingBlocks.Time;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Figures;

/// <summary>Month parsing for the figures, on the county calendar (one "today" for the whole product).</summary>
internal sealed class FiguresCalendar(CountyCalendar county)
{
    public DateOnly Today => county.Today;

    /// <summary>00:00 county time of <paramref name="day"/>, as a UTC instant.</summary>
    public DateTimeOffset StartOf(DateOnly day) => county.StartOf(day);

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
