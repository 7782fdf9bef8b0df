using ModularSocialWork.BuildingBlocks.Web;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Areas.ElderlyCare.Pages.Elders;

/// <summary>Display names of the module's enums and tags (Chinese first).</summary>
internal static class ElderText
{
    public static string Tier(RiskTier tier) => tier switch
    {
        RiskTier.HighRisk => UiText.Pick("高风险", "High risk"),
        RiskTier.Key => UiText.Pick("重点", "Key"),
        _ => UiText.Pick("一般", "General"),
    };

    public static string TierCss(RiskTier tier) => tier switch
    {
        RiskTier.HighRisk => "text-bg-danger",
        RiskTier.Key => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    public static string Tag(string code) => ElderTags.Names.TryGetValue(code, out var name) ? name : code;

    public static string Living(LivingSituation living) => living switch
    {
        LivingSituation.Alone => UiText.Pick("独居", "Alone"),
        LivingSituation.WithSpouse => UiText.Pick("与配偶同住", "With spouse"),
        LivingSituation.WithChildren => UiText.Pick("与子女同住", "With children"),
        LivingSituation.WithOthers => UiText.Pick("与他人同住", "With others"),
        LivingSituation.InInstitution => UiText.Pick("入住机构", "In an institution"),
        _ => UiText.Pick("未知", "Unknown"),
    };

    public static string Method(VisitMethod method) => method switch
    {
        VisitMethod.HomeVisit => UiText.Pick("入户", "Home visit"),
        VisitMethod.Phone => UiText.Pick("电话", "Phone"),
        VisitMethod.Video => UiText.Pick("视频", "Video"),
        VisitMethod.Pairing => UiText.Pick("结对帮扶", "Pairing"),
        _ => UiText.Pick("邻里", "Neighbour"),
    };

    public static string Finding(FindingLevel level) => level switch
    {
        FindingLevel.Good => UiText.Pick("良好", "Good"),
        FindingLevel.Attention => UiText.Pick("需关注", "Attention"),
        _ => UiText.Pick("紧急", "Urgent"),
    };

    public static string Contact(ContactKind kind) => kind == ContactKind.Supporter ? UiText.Pick("赡养人", "Supporter") : UiText.Pick("紧急联系人", "Emergency contact");

    public static string Event(MajorEventKind kind) => kind switch
    {
        MajorEventKind.Hospitalised => UiText.Pick("住院", "Hospitalised"),
        MajorEventKind.Bereaved => UiText.Pick("丧偶/丧亲", "Bereaved"),
        MajorEventKind.ExtremeWeather => UiText.Pick("极端天气", "Extreme weather"),
        _ => UiText.Pick("其他重大事件", "Other"),
    };

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "—";
}
