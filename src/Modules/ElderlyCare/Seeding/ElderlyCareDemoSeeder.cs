using ModularSocialWork.BuildingBlocks.Time;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ElderlyCare.Data;
using ModularSocialWork.Modules.ElderlyCare.Domain;
using ModularSocialWork.Modules.ElderlyCare.Features.Policy;
using ModularSocialWork.Modules.ElderlyCare.Features.Profiles;

namespace ModularSocialWork.Modules.ElderlyCare.Seeding;

/// <summary>
/// <c>Demo:Seed=true</c>: an elderly-care profile for every ledger resident aged 60 or more who has none yet (the
/// ledger's demo residents come from Platform's demo seeder), assigned to the town's <c>*.worker1</c> account, with a
/// visit history chosen so that some plans are due today, some overdue and some not yet due. Idempotent: residents
/// that already have a profile are skipped.
/// </summary>
internal sealed class ElderlyCareDemoSeeder(
    ElderlyCareDbContext db, IResidentDirectory residents, IStaffDirectory staff, IStationDirectory stations, CountyCalendar calendar)
{
    public const int MinimumAge = 60;
    private static readonly string[] DemoWorkers = ["wukang.worker1", "xinshi.worker1"];

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var candidates = await residents.ListAsync(MinimumAge, null, today, 1000, cancellationToken);
        if (candidates.Count == 0) return 0;
        return await SeedAsync(candidates, today, cancellationToken);
    }

    /// <summary>Creates the profiles of <paramref name="candidates"/> that have none (also usable from tests).</summary>
    public async Task<int> SeedAsync(IReadOnlyList<ResidentSummary> candidates, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = candidates.Select(c => c.Id).ToList();
        var existing = (await db.Elders.IgnoreQueryFilters().Where(e => ids.Contains(e.ResidentId)).Select(e => e.ResidentId).ToListAsync(cancellationToken)).ToHashSet();
        var fresh = candidates.Where(c => !existing.Contains(c.Id)).OrderBy(c => c.Id).ToList();
        if (fresh.Count == 0) return 0;

        var workerByTown = await WorkersByTownAsync(cancellationToken);
        var townOf = await TownOfAsync(cancellationToken);
        var policy = await PolicySnapshot.LoadAsync(db, cancellationToken);

        for (var i = 0; i < fresh.Count; i++)
        {
            var resident = fresh[i];
            var tags = ProfileRules.FromResidentTags(resident.Tags).ToList();
            if (VisitPolicy.AgeOn(resident.BirthDate, today) >= 80 && !tags.Contains(ElderTags.AdvancedAge)) tags.Add(ElderTags.AdvancedAge);
            if (tags.Count == 0) tags.Add(i % 2 == 0 ? ElderTags.LivesAlone : ElderTags.EmptyNest);

            var profile = new ElderProfile
            {
                ResidentId = resident.Id,
                StationId = resident.StationId,
                Name = resident.Name.Length <= ElderProfile.NameMaxLength ? resident.Name : resident.Name[..ElderProfile.NameMaxLength],
                BirthDate = resident.BirthDate,
                TagCodes = VisitPolicy.FormatTags(tags),
                LivingSituation = tags.Contains(ElderTags.LivesAlone) ? LivingSituation.Alone : LivingSituation.WithSpouse,
                AssignedWorkerId = townOf.TryGetValue(resident.StationId, out var town) && workerByTown.TryGetValue(town, out var worker) ? worker : null,
                HealthNotes = "高血压，按时服药（演示数据）",
            };
            db.Elders.Add(profile);
            var plan = policy.Apply(db, profile, null, today);

            // Visit history: every third never visited (due today), one overdue by a few days, one visited recently.
            var cadence = policy.Cadence(profile.RiskTier);
            DateOnly? lastVisit = (i % 3) switch
            {
                0 => null,
                1 => today.AddMonths(-cadence.Months).AddDays(-cadence.Days - (i % 2 == 0 ? 0 : 3)),
                _ => today.AddDays(-2),
            };
            if (lastVisit is { } visited)
            {
                db.VisitRecords.Add(new VisitRecord
                {
                    ElderProfileId = profile.Id,
                    StationId = profile.StationId,
                    VisitDate = visited,
                    Method = i % 2 == 0 ? VisitMethod.HomeVisit : VisitMethod.Phone,
                    VisitorKind = VisitorKind.Staff,
                    VisitorUserId = profile.AssignedWorkerId,
                    VisitorName = "社工（演示）",
                    Findings = "老人精神状态良好，居住环境整洁（演示数据）。",
                });
                plan.LastVisitDate = visited;
                policy.Replan(plan, profile.RiskTier, today);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return fresh.Count;
    }

    private async Task<Dictionary<Guid, Guid>> WorkersByTownAsync(CancellationToken cancellationToken)
    {
        var result = new Dictionary<Guid, Guid>();
        foreach (var userName in DemoWorkers)
        {
            if (await staff.FindByUserNameAsync(userName, cancellationToken) is { } worker) result.TryAdd(worker.StationId, worker.Id);
        }

        return result;
    }

    /// <summary>Each station → its town station (itself for a town), so a village's elders go to the town's worker.</summary>
    private async Task<Dictionary<Guid, Guid>> TownOfAsync(CancellationToken cancellationToken)
    {
        var all = (await stations.GetStationsAsync(cancellationToken)).ToDictionary(s => s.Id);
        var result = new Dictionary<Guid, Guid>();
        foreach (var station in all.Values)
        {
            var current = station;
            while (current.Level != StationLevel.Town && current.ParentId is { } parent && all.TryGetValue(parent, out var up)) current = up;
            if (current.Level == StationLevel.Town) result[station.Id] = current.Id;
        }

        return result;
    }
}
