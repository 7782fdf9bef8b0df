using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Web;
using ModularSocialWork.Modules.Platform.Data;

namespace ModularSocialWork.Modules.Platform.Features.Staff;

/// <summary>All staff accounts with role and station, for administrators.</summary>
internal static class ListStaffAccounts
{
    [RequiresPermission(PlatformPermissions.StaffManage)]
    public sealed record Query : IRequest<IReadOnlyList<StaffAccount>>;

    public sealed record StaffAccount(
        Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, string RoleNames,
        Guid StationId, string StationName, bool IsActive, bool IsLockedOut);

    internal sealed class Handler(PlatformDbContext db, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<StaffAccount>>
    {
        public async Task<IReadOnlyList<StaffAccount>> Handle(Query request, CancellationToken cancellationToken)
        {
            var users = await db.Users.AsNoTracking()
                .OrderBy(u => u.UserName)
                .Select(u => new { u.Id, u.UserName, u.DisplayName, u.StationId, u.IsActive, u.LockoutEnd })
                .ToListAsync(cancellationToken);
            var roles = (await (from ur in db.UserRoles
                                join r in db.Roles on ur.RoleId equals r.Id
                                select new { ur.UserId, r.Name })
                    .ToListAsync(cancellationToken))
                .ToLookup(x => x.UserId, x => x.Name ?? "");
            var stations = await db.Stations.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
            var now = clock.GetUtcNow();

            return users.Select(u =>
            {
                var userRoles = roles[u.Id].Order(StringComparer.Ordinal).ToList();
                var roleNames = string.Join("、", userRoles.Select(r => UiText.Pick(StaffRoles.DisplayNameZh(r), StaffRoles.DisplayNameEn(r))));
                return new StaffAccount(
                    u.Id, u.UserName ?? "", u.DisplayName, userRoles, roleNames, u.StationId,
                    stations.GetValueOrDefault(u.StationId, "?"), u.IsActive, u.LockoutEnd is { } end && end > now);
            }).ToList();
        }
    }
}
