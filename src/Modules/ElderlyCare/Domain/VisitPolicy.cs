namespace ModularSocialWork.Modules.ElderlyCare.Domain;

/// <summary>
/// The rules that turn facts into a tier and a tier into due dates. Pure functions over the county's policy rows, so
/// they are property-tested and shared by the profile pages, visit recording and the daily sweep.
/// </summary>
internal static class VisitPolicy
{
    /// <summary>DOMAIN.md defaults: high-risk = 80+ and alone/empty-nest/left-behind; key = disabled, severe disability,
    /// dispersed support, family-planning special families; general = everyone else.</summary>
    public static IReadOnlyList<TierRule> DefaultRules() =>
    [
        new() { Order = 10, Tier = RiskTier.HighRisk, MinimumAge = 80, AnyOfTags = $"{ElderTags.LivesAlone},{ElderTags.EmptyNest},{ElderTags.LeftBehind}", DescriptionZh = "80 岁以上独居、空巢或留守" },
        new() { Order = 20, Tier = RiskTier.Key, AnyOfTags = $"{ElderTags.Disabled},{ElderTags.SevereDisability},{ElderTags.DispersedSupport},{ElderTags.FamilyPlanningSpecial}", DescriptionZh = "失能/半失能、重残、分散供养特困、计生特殊家庭" },
        new() { Order = 30, Tier = RiskTier.Key, MinimumAge = 60, AnyOfTags = $"{ElderTags.LivesAlone},{ElderTags.EmptyNest},{ElderTags.LeftBehind}", DescriptionZh = "60 岁以上独居、空巢或留守" },
        new() { Order = 100, Tier = RiskTier.General, DescriptionZh = "其他老人" },
    ];

    /// <summary>High-risk weekly, key monthly, general quarterly (at least).</summary>
    public static IReadOnlyList<TierCadence> DefaultCadences() =>
    [
        new() { Tier = RiskTier.HighRisk, Days = 7 },
        new() { Tier = RiskTier.Key, Months = 1 },
        new() { Tier = RiskTier.General, Months = 3 },
    ];

    public static int? AgeOn(DateOnly? birthDate, DateOnly day)
    {
        if (birthDate is not { } birth) return null;
        var age = day.Year - birth.Year;
        if (day < birth.AddYears(age)) age--;
        return age;
    }

    public static IReadOnlyList<string> ParseTags(string tagCodes) => tagCodes.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static string FormatTags(IEnumerable<string> codes)
    {
        var distinct = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? "" : "," + string.Join(',', distinct) + ",";
    }

    /// <summary>The first rule (by order) whose tag and age conditions match; General when none does.</summary>
    public static RiskTier DeriveTier(IReadOnlyCollection<string> tags, int? age, IEnumerable<TierRule> rules)
    {
        foreach (var rule in rules.OrderBy(r => r.Order))
        {
            var ruleTags = rule.AnyOfTags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var tagsMatch = ruleTags.Length == 0 || ruleTags.Any(tags.Contains);
            var ageMatches = rule.MinimumAge is not { } minimum || age >= minimum;
            if (tagsMatch && ageMatches) return rule.Tier;
        }

        return RiskTier.General;
    }

    /// <summary>The regular due date after a visit on <paramref name="from"/> (or the plan start when never visited).</summary>
    public static DateOnly NextRegularDue(DateOnly from, TierCadence cadence) => from.AddMonths(cadence.Months).AddDays(cadence.Days);

    /// <summary>
    /// Recomputes a plan after any change (tier, visit, major event): the regular due date one cadence after the last
    /// visit — or the plan start itself when the elder was never visited (a new elder gets a first visit at once) — the
    /// urgent date kept only if it is still after the last visit, and the earlier of the two.
    /// </summary>
    public static void Replan(VisitPlan plan, RiskTier tier, TierCadence cadence, DateOnly planStart)
    {
        plan.Tier = tier;
        plan.RegularDueDate = plan.LastVisitDate is { } lastVisit ? NextRegularDue(lastVisit, cadence) : planStart;
        if (plan.LastVisitDate is { } last && plan.UrgentDueDate is { } urgent && urgent <= last) plan.UrgentDueDate = null;
        plan.NextDueDate = plan.UrgentDueDate is { } due && due < plan.RegularDueDate ? due : plan.RegularDueDate;
    }
}
