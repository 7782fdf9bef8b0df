using CsCheck;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.UnitTests.ElderlyCare;

/// <summary>The cadence rules of DOMAIN.md as properties of <see cref="VisitPolicy"/> over the default policy rows.</summary>
public sealed class VisitPolicyPropertyTests
{
    private static readonly string[] AllTags = [.. ElderTags.Names.Keys];
    private static readonly string[] Vulnerable = [ElderTags.LivesAlone, ElderTags.EmptyNest, ElderTags.LeftBehind];
    private static readonly string[] KeyConditions = [ElderTags.Disabled, ElderTags.SevereDisability, ElderTags.DispersedSupport, ElderTags.FamilyPlanningSpecial];

    private static readonly Gen<string[]> GenTags = Gen.Bool.Array[AllTags.Length].Select(mask => AllTags.Where((_, i) => mask[i]).ToArray());
    private static readonly Gen<int?> GenAge = Gen.Select(Gen.Int[0, 9], Gen.Int[0, 110], (n, a) => n == 0 ? null : (int?)a);
    private static readonly Gen<RiskTier> GenTier = Gen.Enum<RiskTier>();

    /// <summary>The defaults read plainly: 80+ and alone/empty-nest/left-behind → high risk; a key condition, or 60+ and
    /// alone/empty-nest/left-behind → key; everyone else general.</summary>
    private static RiskTier Reference(IReadOnlyCollection<string> tags, int? age)
    {
        var vulnerable = tags.Any(Vulnerable.Contains);
        if (vulnerable && age >= 80) return RiskTier.HighRisk;
        if (tags.Any(KeyConditions.Contains)) return RiskTier.Key;
        if (vulnerable && age >= 60) return RiskTier.Key;
        return RiskTier.General;
    }

    private static TierCadence Cadence(RiskTier tier) => VisitPolicy.DefaultCadences().Single(c => c.Tier == tier);

    [Fact]
    public void Any_tags_and_age_derive_the_tier_the_default_rules_say() =>
        Gen.Select(GenTags, GenAge).Sample((tags, age) =>
            VisitPolicy.DeriveTier(tags, age, VisitPolicy.DefaultRules()) == Reference(tags, age));

    [Fact]
    public void The_rule_order_in_the_list_does_not_matter_only_the_order_field() =>
        Gen.Select(GenTags, GenAge, Gen.Int[0, 1000]).Sample((tags, age, seed) =>
        {
            var shuffled = VisitPolicy.DefaultRules().OrderBy(r => (r.Order * 7919 + seed) % 101).ToList();
            return VisitPolicy.DeriveTier(tags, age, shuffled) == VisitPolicy.DeriveTier(tags, age, VisitPolicy.DefaultRules());
        });

    private static readonly Gen<(DateOnly Start, int[] Gaps, int? UrgentOffset, RiskTier Tier)> GenHistory =
        from start in Gen.Int[0, 3650].Select(d => new DateOnly(2020, 1, 1).AddDays(d))
        from gaps in Gen.Int[0, 120].Array[0, 12]
        from hasUrgent in Gen.Bool
        from offset in Gen.Int[-30, 200]
        let urgent = hasUrgent ? (int?)offset : null
        from tier in GenTier
        select (start, gaps, urgent, tier);

    [Fact]
    public void After_any_visit_history_the_next_due_date_is_the_earlier_of_a_pending_urgent_date_and_one_cadence_after_the_last_visit() =>
        GenHistory.Sample(h =>
        {
            var plan = new VisitPlan();
            var cadence = Cadence(h.Tier);
            VisitPolicy.Replan(plan, h.Tier, cadence, h.Start);
            var date = h.Start;
            foreach (var gap in h.Gaps)
            {
                date = date.AddDays(gap);
                plan.LastVisitDate = date;
                VisitPolicy.Replan(plan, h.Tier, cadence, h.Start);
            }

            DateOnly? urgent = h.UrgentOffset is { } u ? h.Start.AddDays(u) : null;
            plan.UrgentDueDate = urgent;
            VisitPolicy.Replan(plan, h.Tier, cadence, h.Start);

            if (plan.LastVisitDate is not { } last)
            {
                var expectedFirst = urgent is { } x && x < h.Start ? x : h.Start;
                return plan.NextDueDate == expectedFirst && plan.Tier == h.Tier;
            }

            var regular = last.AddMonths(cadence.Months).AddDays(cadence.Days);
            var expected = urgent is { } due && due > last && due < regular ? due : regular;
            return plan.NextDueDate == expected
                   && plan.NextDueDate > last
                   && plan.RegularDueDate == regular
                   && (plan.UrgentDueDate is null || plan.UrgentDueDate > last);
        });

    [Fact]
    public void Cadences_follow_the_tier_weekly_monthly_quarterly()
    {
        var visit = new DateOnly(2026, 1, 31);
        Assert.Equal(new DateOnly(2026, 2, 7), VisitPolicy.NextRegularDue(visit, Cadence(RiskTier.HighRisk)));
        Assert.Equal(new DateOnly(2026, 2, 28), VisitPolicy.NextRegularDue(visit, Cadence(RiskTier.Key)));
        Assert.Equal(new DateOnly(2026, 4, 30), VisitPolicy.NextRegularDue(visit, Cadence(RiskTier.General)));
    }

    [Fact]
    public void An_elder_living_alone_moves_from_key_to_high_risk_exactly_on_the_80th_birthday() =>
        Gen.Int[0, 20000].Sample(days =>
        {
            var birth = new DateOnly(1930, 1, 1).AddDays(days);
            var birthday = birth.AddYears(80);
            string[] tags = [ElderTags.LivesAlone];
            RiskTier On(DateOnly day) => VisitPolicy.DeriveTier(tags, VisitPolicy.AgeOn(birth, day), VisitPolicy.DefaultRules());
            return On(birthday.AddDays(-1)) == RiskTier.Key && On(birthday) == RiskTier.HighRisk && On(birthday.AddDays(1)) == RiskTier.HighRisk;
        });

    [Fact]
    public void Re_tiering_on_the_birthday_brings_the_next_due_date_forward_to_a_week_after_the_last_visit()
    {
        var birth = new DateOnly(1946, 3, 10);
        var birthday = birth.AddYears(80);
        var plan = new VisitPlan { LastVisitDate = birthday.AddDays(-3) };
        VisitPolicy.Replan(plan, RiskTier.Key, Cadence(RiskTier.Key), birthday.AddDays(-40));
        Assert.Equal(birthday.AddDays(-3).AddMonths(1), plan.NextDueDate);

        var tier = VisitPolicy.DeriveTier([ElderTags.LivesAlone], VisitPolicy.AgeOn(birth, birthday), VisitPolicy.DefaultRules());
        VisitPolicy.Replan(plan, tier, Cadence(tier), birthday.AddDays(-40));
        Assert.Equal(RiskTier.HighRisk, plan.Tier);
        Assert.Equal(birthday.AddDays(4), plan.NextDueDate);
    }
}
