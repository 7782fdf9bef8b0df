using CsCheck;
using ModularSocialWork.Modules.ChildProtection.Domain;
using ModularSocialWork.Modules.ChildProtection.Features.Visits;

namespace ModularSocialWork.UnitTests.ChildProtection;

/// <summary>Risk score → level, and the visit cadence (children in distress at least monthly).</summary>
public sealed class RiskAndCadencePropertyTests
{
    private static readonly Gen<int[]> GenAnswers = Gen.Int[0, RiskAssessmentForm.MaxPerItem].Array[RiskAssessmentForm.Items.Count];

    /// <summary>The rule read plainly.</summary>
    private static RiskLevel Reference(int[] a)
    {
        if (a[0] == 3 || a[1] == 3) return RiskLevel.High;
        var sum = a.Sum();
        return sum >= 16 ? RiskLevel.High : sum >= 8 ? RiskLevel.Medium : RiskLevel.Low;
    }

    [Fact]
    public void Any_complete_form_scores_0_to_24_and_gets_the_level_the_rule_says() =>
        GenAnswers.Sample(a => RiskAssessmentForm.IsValid(a)
                               && RiskAssessmentForm.Score(a) is >= 0 and <= 24
                               && RiskAssessmentForm.Level(a) == Reference(a)
                               && RiskAssessmentForm.Parse(RiskAssessmentForm.Format(a)).SequenceEqual(a));

    [Fact]
    public void Raising_any_answer_never_lowers_the_risk_level() =>
        Gen.Select(GenAnswers, Gen.Int[0, RiskAssessmentForm.Items.Count - 1]).Sample((a, item) =>
        {
            if (a[item] == RiskAssessmentForm.MaxPerItem) return true;
            var higher = (int[])a.Clone();
            higher[item]++;
            return RiskAssessmentForm.Level(higher) >= RiskAssessmentForm.Level(a);
        });

    [Fact]
    public void Incomplete_or_out_of_range_forms_are_invalid() =>
        Gen.Int[-5, 8].Array[0, 12].Sample(a =>
            RiskAssessmentForm.IsValid(a) == (a.Length == RiskAssessmentForm.Items.Count && a.All(x => x is >= 0 and <= 3)));

    private static readonly Gen<DateOnly> GenDate = Gen.Int[0, 3650].Select(d => new DateOnly(2020, 1, 1).AddDays(d));

    [Fact]
    public void With_the_default_cadences_a_child_in_distress_is_due_again_within_a_month_of_any_visit() =>
        Gen.Select(Gen.Enum<ChildCategory>(), GenDate, GenDate).Sample((category, start, visit) =>
        {
            var cadence = ChildVisitPolicy.CadenceFor(category, ChildVisitPolicy.DefaultCadences());
            var plan = new ChildVisitPlan();
            ChildVisitPolicy.Replan(plan, cadence, start);
            if (plan.NextDueDate != start) return false; // never visited: due at once
            plan.LastVisitDate = visit;
            ChildVisitPolicy.Replan(plan, cadence, start);
            return plan.NextDueDate > visit
                   && (!ChildVisitPolicy.IsInDistress(category) || plan.NextDueDate <= visit.AddMonths(1))
                   && (category != ChildCategory.LeftBehind || plan.NextDueDate == visit.AddMonths(3));
        });

    [Fact]
    public void The_policy_refuses_any_cadence_longer_than_a_month_for_children_in_distress() =>
        Gen.Select(Gen.Enum<ChildCategory>(), Gen.Int[0, 12], Gen.Int[0, 60]).Sample((category, months, days) =>
        {
            var cadences = Enum.GetValues<ChildCategory>()
                .Select(c => c == category ? new CadenceDto(c, months, days) : new CadenceDto(c, 1, 0)).ToList();
            var valid = new UpdateVisitCadences.Validator().Validate(new UpdateVisitCadences.Command { Cadences = cadences }).IsValid;
            var longerThanMonthly = months > 1 || (months == 1 && days > 0) || (months == 0 && days > 31);
            var expected = (months > 0 || days > 0) && !(ChildVisitPolicy.IsInDistress(category) && longerThanMonthly);
            return valid == expected;
        });

    [Fact]
    public void Under_14_and_18_follow_the_birthday_exactly() =>
        Gen.Select(GenDate, Gen.Int[0, 20]).Sample((birth, years) =>
        {
            var birthday = birth.AddYears(years);
            return ChildVisitPolicy.AgeOn(birth, birthday) == years && ChildVisitPolicy.AgeOn(birth, birthday.AddDays(-1)) == years - 1;
        });
}
