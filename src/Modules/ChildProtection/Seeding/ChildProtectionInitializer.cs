using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;
using ModularSocialWork.Modules.ChildProtection.Features.Visits;

namespace ModularSocialWork.Modules.ChildProtection.Seeding;

/// <summary>Start-up work: the default visit cadences (only while the table is empty), then with <c>Demo:Seed=true</c> the demo children.</summary>
internal static class ChildProtectionInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ChildProtectionDbContext>();
        if (!await db.Cadences.AnyAsync(cancellationToken))
        {
            db.Cadences.AddRange(ChildVisitPolicy.DefaultCadences());
            await db.SaveChangesAsync(cancellationToken);
        }

        if (services.GetRequiredService<IConfiguration>().GetValue("Demo:Seed", false))
        {
            await ActivatorUtilities.CreateInstance<ChildProtectionDemoSeeder>(services).SeedAsync(cancellationToken);
        }
    }
}

/// <summary>
/// <c>Demo:Seed=true</c>: a child profile for every ledger resident under 18 who has none (Platform's demo has two
/// children), assigned to the town's <c>*.worker1</c>, each with a case at intake. Idempotent.
/// </summary>
internal sealed class ChildProtectionDemoSeeder(
    ChildProtectionDbContext db, IResidentDirectory residents, IStaffDirectory staff, IStationDirectory stations, CountyCalendar calendar)
{
    private static readonly string[] DemoWorkers = ["wukang.worker1", "xinshi.worker1"];

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var candidates = (await residents.ListAsync(null, null, today, 5000, cancellationToken))
            .Where(r => ChildVisitPolicy.AgeOn(r.BirthDate, today) is < ChildVisitPolicy.AdultAge).ToList();
        var ids = candidates.Select(c => c.Id).ToList();
        var existing = (await db.Children.IgnoreQueryFilters().Where(c => ids.Contains(c.ResidentId)).Select(c => c.ResidentId).ToListAsync(cancellationToken)).ToHashSet();
        var fresh = candidates.Where(c => !existing.Contains(c.Id)).ToList();
        if (fresh.Count == 0) return 0;

        var workers = new Dictionary<Guid, Guid>();
        foreach (var userName in DemoWorkers)
        {
            if (await staff.FindByUserNameAsync(userName, cancellationToken) is { } worker) workers.TryAdd(worker.StationId, worker.Id);
        }

        var townOf = await TownOfAsync(cancellationToken);
        foreach (var resident in fresh)
        {
            var leftBehind = resident.Tags.Contains("child.left_behind");
            var profile = new ChildProfile
            {
                ResidentId = resident.Id,
                StationId = resident.StationId,
                Name = resident.Name,
                BirthDate = resident.BirthDate,
                Category = leftBehind ? ChildCategory.LeftBehind : ChildCategory.PoorFamily,
                GuardianshipStatus = leftBehind ? GuardianshipStatus.BothParentsAway : GuardianshipStatus.ParentsCaring,
                School = "武康小学（演示）",
                Grade = "四年级",
                HealthNotes = "哮喘，随身带药（演示数据）",
                RiskLevel = RiskLevel.Medium,
                // The demo residents live in village stations: the worker of the town above them, else none.
                AssignedWorkerId = townOf.TryGetValue(resident.StationId, out var town) && workers.TryGetValue(town, out var worker) ? worker : null,
                Contacts =
                [
                    new ChildContact { Kind = ContactKind.Guardian, Name = "祖母（演示）", Relationship = "祖母" },
                    new ChildContact { Kind = ContactKind.Father, Name = "父亲（演示）", Whereabouts = leftBehind ? "外出务工：江苏苏州" : "在家" },
                ],
            };
            db.Children.Add(profile);
            await VisitPlanner.PlanAsync(db, profile, today, cancellationToken);
            db.Cases.Add(new ChildCase
            {
                ChildProfileId = profile.Id,
                StationId = profile.StationId,
                IntakeDate = today,
                IntakeReason = leftBehind ? "父母均外出务工，祖母年迈，学习和生活照料不足（演示数据）。" : "家庭低保，父亲重病，需关注就学和心理（演示数据）。",
                AssignedWorkerId = profile.AssignedWorkerId,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return fresh.Count;
    }

    /// <summary>Each station → its town station (itself for a town): the demo children live in village sub-stations.</summary>
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
