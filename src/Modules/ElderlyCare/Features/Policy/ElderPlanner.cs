using Microsoft.EntityFrameworkCore;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Policy;

/// <summary>The county policy rows, loaded once per request, and what every save does with them.</summary>
internal sealed class PolicySnapshot(IReadOnlyList<TierRule> rules, IReadOnlyList<TierCadence> cadences)
{
    public IReadOnlyList<TierRule> Rules { get; } = rules.Count > 0 ? rules : VisitPolicy.DefaultRules();
    public IReadOnlyList<TierCadence> Cadences { get; } = cadences;

    public static async Task<PolicySnapshot> LoadAsync(ElderlyCareDbContext db, CancellationToken cancellationToken) => new(
        await db.TierRules.AsNoTracking().OrderBy(r => r.Order).ToListAsync(cancellationToken),
        await db.TierCadences.AsNoTracking().ToListAsync(cancellationToken));

    public TierCadence Cadence(RiskTier tier) =>
        Cadences.FirstOrDefault(c => c.Tier == tier) ?? VisitPolicy.DefaultCadences().First(c => c.Tier == tier);

    /// <summary>
    /// Recomputes the derived and effective tier of <paramref name="profile"/> (tags + age today) and replans its plan,
    /// creating the plan (start = today) when it has none yet. Returns the plan (added to the context when new).
    /// </summary>
    public VisitPlan Apply(ElderlyCareDbContext db, ElderProfile profile, VisitPlan? plan, DateOnly today)
    {
        profile.DerivedTier = VisitPolicy.DeriveTier(VisitPolicy.ParseTags(profile.TagCodes).ToList(), VisitPolicy.AgeOn(profile.BirthDate, today), Rules);
        profile.RiskTier = profile.TierOverride ?? profile.DerivedTier;

        if (plan is null)
        {
            plan = new VisitPlan { ElderProfileId = profile.Id, StationId = profile.StationId };
            db.VisitPlans.Add(plan);
        }

        plan.StationId = profile.StationId;
        plan.AssignedWorkerId = profile.AssignedWorkerId;
        Replan(plan, profile.RiskTier, today);
        return plan;
    }

    /// <summary>Replans with the tier's cadence; a never-visited plan keeps its first due date (the plan start).</summary>
    public void Replan(VisitPlan plan, RiskTier tier, DateOnly today)
    {
        var start = plan.LastVisitDate is null && plan.RegularDueDate != default ? plan.RegularDueDate : today;
        VisitPolicy.Replan(plan, tier, Cadence(tier), start);
    }
}
