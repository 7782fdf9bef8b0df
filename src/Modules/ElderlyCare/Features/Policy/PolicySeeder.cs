using Microsoft.EntityFrameworkCore;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Policy;

/// <summary>At start-up: the DOMAIN.md default tier rules and cadences, only while the tables are empty.</summary>
internal static class PolicySeeder
{
    public static async Task SeedAsync(ElderlyCareDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.TierRules.AnyAsync(cancellationToken)) db.TierRules.AddRange(VisitPolicy.DefaultRules());
        if (!await db.TierCadences.AnyAsync(cancellationToken)) db.TierCadences.AddRange(VisitPolicy.DefaultCadences());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Re-tiers and replans every profile visible to the caller, in batches (policy saves, demo seeding).</summary>
    public static async Task<int> RetierAllAsync(ElderlyCareDbContext db, PolicySnapshot policy, DateOnly today, CancellationToken cancellationToken)
    {
        const int batchSize = 500;
        var count = 0;
        Guid? after = null;
        while (true)
        {
            var query = db.Elders.OrderBy(e => e.Id).AsQueryable();
            if (after is { } last) query = query.Where(e => e.Id.CompareTo(last) > 0);
            var batch = await query.Take(batchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) break;

            var ids = batch.Select(e => e.Id).ToList();
            var plans = await db.VisitPlans.Where(p => ids.Contains(p.ElderProfileId)).ToDictionaryAsync(p => p.ElderProfileId, cancellationToken);
            foreach (var elder in batch) policy.Apply(db, elder, plans.GetValueOrDefault(elder.Id), today);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();

            count += batch.Count;
            after = batch[^1].Id;
        }

        return count;
    }
}
