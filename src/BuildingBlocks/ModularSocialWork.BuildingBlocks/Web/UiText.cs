using System.Globalization;

namespace ModularSocialWork.BuildingBlocks.Web;

/// <summary>
/// Chinese first, English available: pages keep both texts side by side (<c>@UiText.Pick("工作台", "Workbench")</c>),
/// so a translation can never drift away from the page it belongs to.
/// </summary>
public static class UiText
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Pick(string zh, string en) => IsEnglish ? en : zh;
}
