namespace ModularSocialWork.Modules.Platform.Domain.Residents;

/// <summary>Target-group tags (DOMAIN.md); one person may carry several. Codes are stored, names shown.</summary>
internal static class ResidentTags
{
    public sealed record Tag(string Code, string NameZh, string NameEn);

    public static readonly IReadOnlyList<Tag> All =
    [
        new("elder.alone", "独居老人", "Elder living alone"),
        new("elder.empty_nest", "空巢老人", "Empty-nest elder"),
        new("elder.left_behind", "留守老人", "Left-behind elder"),
        new("elder.disabled", "失能/半失能老人", "Disabled elder"),
        new("elder.severe_disability", "重残", "Severe disability"),
        new("elder.80plus", "高龄老人", "Elder 80+"),
        new("elder.family_planning_special", "计划生育特殊家庭", "Family-planning special family"),
        new("elder.dispersed_support", "分散供养特困", "Dispersed-support extreme poverty"),
        new("child.in_distress", "困境儿童", "Child in distress"),
        new("child.left_behind", "农村留守儿童", "Left-behind child"),
        new("assist.dibao", "低保", "Minimum living allowance"),
        new("assist.tekun", "特困供养", "Extreme-poverty support"),
        new("assist.temporary", "临时救助", "Temporary assistance"),
        new("assist.low_income", "低保边缘/低收入家庭", "Low-income family"),
        new("assist.medical", "医疗救助", "Medical assistance"),
        new("assist.expense_hardship", "支出型困难家庭", "Expense-hardship family"),
    ];

    private static readonly Dictionary<string, Tag> ByCode = All.ToDictionary(t => t.Code, StringComparer.Ordinal);

    private static readonly Dictionary<string, Tag> ByName = All
        .SelectMany(t => new[] { (t.NameZh, t), (t.Code, t) })
        .Concat([("独居", ByCodeOf("elder.alone")), ("空巢", ByCodeOf("elder.empty_nest")), ("留守老人", ByCodeOf("elder.left_behind")),
                 ("失能", ByCodeOf("elder.disabled")), ("半失能", ByCodeOf("elder.disabled")), ("高龄", ByCodeOf("elder.80plus")),
                 ("留守儿童", ByCodeOf("child.left_behind")), ("特困", ByCodeOf("assist.tekun")), ("低收入家庭", ByCodeOf("assist.low_income"))])
        .GroupBy(p => p.Item1, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string code) => ByCode.ContainsKey(code);

    public static string DisplayName(string code, bool english = false) =>
        ByCode.TryGetValue(code, out var tag) ? (english ? tag.NameEn : tag.NameZh) : code;

    /// <summary>A tag written by a person (Chinese name, short name or code), for the Excel import.</summary>
    public static string? CodeFromName(string text) => ByName.TryGetValue(text.Trim(), out var tag) ? tag.Code : null;

    private static Tag ByCodeOf(string code) => All.First(t => t.Code == code);
}
