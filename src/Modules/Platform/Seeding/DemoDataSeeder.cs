using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Domain.Residents;
using ModularSocialWork.Modules.Platform.Features.Residents;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Seeding;

/// <summary>
/// <c>Demo:Seed=true</c>: 德清县 with its 13 town stations, four village/community sub-stations, two agencies, one
/// account per role and a handful of residents (elders of every tier, two children). Idempotent: the stations are added only while no town station exists, accounts only when missing.
/// </summary>
internal sealed class DemoDataSeeder(PlatformDbContext db, UserManager<StaffUser> users, TimeProvider clock, ModularSocialWork.BuildingBlocks.PersonalData.IPersonalDataProtector protector)
{
    public const string DefaultPassword = "Demo@2026pass";
    public const string CountyName = "德清县民政局";

    private static readonly (string Name, string Contact, string Phone)[] AgencyData =
    [
        ("德清县阳光社会工作服务中心", "沈洁", "0572-8000001"),
        ("德清县同心社工服务社", "钱明", "0572-8000002"),
    ];

    private static readonly (string Code, string Name)[] Towns =
    [
        ("wukang", "武康街道"), ("wuyang", "舞阳街道"), ("fuxi", "阜溪街道"), ("xiazhuhu", "下渚湖街道"), ("kangqian", "康乾街道"),
        ("qianyuan", "乾元镇"), ("xinshi", "新市镇"), ("luoshe", "洛舍镇"), ("zhongguan", "钟管镇"), ("yuyue", "禹越镇"),
        ("xinan", "新安镇"), ("leidian", "雷甸镇"), ("moganshan", "莫干山镇"),
    ];

    private static readonly (string Code, string Parent, string Name)[] Villages =
    [
        ("wukang.yongan", "wukang", "永安社区社工室"),
        ("wukang.longsheng", "wukang", "龙胜村社工室"),
        ("xinshi.songshi", "xinshi", "宋市社区社工室"),
        ("xinshi.caijie", "xinshi", "蔡界村社工室"),
    ];

    private sealed record DemoAccount(string UserName, string DisplayName, string Role, string StationCode, int? Agency);

    private static readonly DemoAccount[] Accounts =
    [
        new("county.admin", "吴刚", StaffRoles.CountyAdmin, CountyRootSeeder.RootCode, null),
        new("wukang.manager", "陈丽", StaffRoles.StationManager, "wukang", 0),
        new("wukang.worker1", "王芳", StaffRoles.SocialWorker, "wukang", 0),
        new("wukang.worker2", "李强", StaffRoles.SocialWorker, "wukang", 0),
        new("xinshi.manager", "张伟", StaffRoles.StationManager, "xinshi", 1),
        new("xinshi.worker1", "刘洋", StaffRoles.SocialWorker, "xinshi", 1),
        new("xinshi.worker2", "赵敏", StaffRoles.SocialWorker, "xinshi", 1),
        new("volunteer.coord", "孙婷", StaffRoles.VolunteerCoordinator, CountyRootSeeder.RootCode, null),
        new("viewer", "周杰", StaffRoles.Viewer, CountyRootSeeder.RootCode, null),
    ];

    /// <summary>Demo residents: elders of every tier and two children, in 武康 and 新市 (ID numbers are synthetic but valid).</summary>
    private static readonly (string Name, string First17, string StationCode, string Village, string[] Tags)[] Residents =
    [
        ("沈阿婆", "33052119380312002", "wukang.yongan", "永安社区", ["elder.alone", "elder.80plus"]),
        ("钱老伯", "33052119410705003", "wukang.yongan", "永安社区", ["elder.empty_nest", "elder.80plus"]),
        ("朱桂英", "33052119520918004", "wukang", "龙胜村", ["elder.disabled"]),
        ("姚建华", "33052119580101005", "wukang", "龙胜村", ["elder.alone"]),
        ("陆秀英", "33052119560623006", "wukang.longsheng", "龙胜村", []),
        ("徐阿公", "33052119360214007", "xinshi.songshi", "宋市社区", ["elder.left_behind", "elder.80plus"]),
        ("蔡小妹", "33052119500830008", "xinshi", "蔡界村", ["elder.dispersed_support"]),
        ("莫金根", "33052119470411009", "xinshi.caijie", "蔡界村", ["elder.family_planning_special"]),
        ("吴佳怡", "33052120160520002", "wukang.yongan", "永安社区", ["child.left_behind"]),
        ("潘子涵", "33052120140909003", "xinshi.songshi", "宋市社区", ["child.in_distress"]),
    ];

    public async Task SeedAsync(Station root, string password, bool renameRoot, CancellationToken cancellationToken)
    {
        if (!await db.Stations.AnyAsync(s => s.Level == StationLevel.Town, cancellationToken))
        {
            if (renameRoot) root.Name = CountyName;
            var agencies = AgencyData.Select(a => new Agency { Name = a.Name, Contact = a.Contact, Phone = a.Phone }).ToArray();
            db.Agencies.AddRange(agencies);

            var byCode = new Dictionary<string, Station>(StringComparer.Ordinal);
            foreach (var (code, name) in Towns)
            {
                var town = new Station { ParentId = root.Id, Name = name + "社工站", Code = code, Level = StationLevel.Town };
                byCode[code] = town;
                db.Stations.Add(town);
            }

            byCode["wukang"].AgencyId = agencies[0].Id;
            byCode["xinshi"].AgencyId = agencies[1].Id;
            foreach (var (code, parent, name) in Villages)
            {
                db.Stations.Add(new Station
                {
                    ParentId = byCode[parent].Id, Name = name, Code = code, Level = StationLevel.Village,
                    AgencyId = byCode[parent].AgencyId,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var stationIds = await db.Stations.ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal, cancellationToken);
        var agencyIds = await db.Agencies.ToDictionaryAsync(a => a.Name, a => a.Id, StringComparer.Ordinal, cancellationToken);

        foreach (var account in Accounts)
        {
            if (await users.FindByNameAsync(account.UserName) is not null) continue;
            if (!stationIds.TryGetValue(account.StationCode, out var stationId)) continue; // stations were edited by hand

            var user = new StaffUser
            {
                Id = Guid.CreateVersion7(),
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                StationId = stationId,
                AgencyId = account.Agency is { } i && agencyIds.TryGetValue(AgencyData[i].Name, out var agencyId) ? agencyId : null,
                IsActive = true,
                CreatedAt = clock.GetUtcNow(),
            };

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            ThrowIfFailed(await users.CreateAsync(user, password), account.UserName);
            ThrowIfFailed(await users.AddToRoleAsync(user, account.Role), account.UserName);
            await transaction.CommitAsync(cancellationToken);
        }

        await SeedResidentsAsync(stationIds, cancellationToken);
    }

    private async Task SeedResidentsAsync(IReadOnlyDictionary<string, Guid> stationIds, CancellationToken cancellationToken)
    {
        if (await db.Residents.IgnoreQueryFilters().AnyAsync(cancellationToken)) return;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var (name, first17, stationCode, village, tags) in Residents)
        {
            if (!stationIds.TryGetValue(stationCode, out var stationId)) continue;
            var number = first17 + ChineseIdNumber.CheckCharacterFor(first17);
            if (!ChineseIdNumber.TryParse(number, today, out var id, out _)) continue;
            var resident = new Resident { Name = name, StationId = stationId, Village = village };
            resident.Rename(name);
            resident.SetTags(tags);
            ResidentWriter.SetIdNumber(resident, id!, protector);
            resident.FlagMinorOn(today);
            db.Residents.Add(resident);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void ThrowIfFailed(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo account {userName} could not be created (check Demo:Password against the password policy): " +
                string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
