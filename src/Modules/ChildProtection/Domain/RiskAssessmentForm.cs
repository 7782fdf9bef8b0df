namespace ModularSocialWork.Modules.ChildProtection.Domain;

/// <summary>
/// The scored risk-assessment form (评估): eight items, each 0 (no concern) to 3 (severe). Total 0–24:
/// 0–7 low, 8–15 medium, 16–24 high; a severe answer (3) on 监护状况 or 受侵害风险 makes the child high risk whatever
/// the total, because either alone can put a child in danger.
/// </summary>
internal static class RiskAssessmentForm
{
    public const int MaxPerItem = 3;
    public const int MediumFrom = 8;
    public const int HighFrom = 16;

    public static readonly IReadOnlyList<(string Zh, string En)> Items =
    [
        ("监护状况", "Guardianship"),
        ("受侵害风险", "Risk of abuse"),
        ("居住安全", "Safety at home"),
        ("健康状况", "Health"),
        ("就学情况", "Schooling"),
        ("心理与行为", "Mental state and behaviour"),
        ("家庭经济", "Family finances"),
        ("社会支持", "Social support"),
    ];

    public const int GuardianshipItem = 0;
    public const int AbuseItem = 1;

    public static bool IsValid(IReadOnlyList<int>? answers) =>
        answers is not null && answers.Count == Items.Count && answers.All(a => a is >= 0 and <= MaxPerItem);

    public static int Score(IReadOnlyList<int> answers) => answers.Sum();

    public static RiskLevel Level(IReadOnlyList<int> answers)
    {
        if (answers[GuardianshipItem] == MaxPerItem || answers[AbuseItem] == MaxPerItem) return RiskLevel.High;
        var score = Score(answers);
        return score >= HighFrom ? RiskLevel.High : score >= MediumFrom ? RiskLevel.Medium : RiskLevel.Low;
    }

    public static string Format(IReadOnlyList<int> answers) => string.Join(',', answers);

    public static IReadOnlyList<int> Parse(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split(',').Select(int.Parse).ToList();
}
