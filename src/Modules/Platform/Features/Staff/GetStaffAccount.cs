using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.Modules.Platform.Data;

namespace ModularSocialWork.Modules.Platform.Features.Staff;

/// <summary>One staff account with its role, station and security state, for the administrator's detail page.</summary>
internal static class GetStaffAccount
{
    [RequiresPermission(PlatformPermissions.StaffManage)]
    public sealed record Query(Guid Id) : IRequest<Detail>;

    public sealed record Detail(
        Guid Id, string UserName, string DisplayName, string? Role, Guid StationId, string StationName, bool IsActive,
        bool IsLockedOut, bool MustChangePassword, bool TwoFactorEnabled, DateTimeOffset CreatedAt);

    internal sealed class Handler(PlatformDbContext db, TimeProvider clock) : IRequestHandler<Query, Detail>
    {
        public async Task<Detail> Handle(Query request, CancellationToken cancellationToken)
        {
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到该账号。");
            var role = await (from ur in db.UserRoles
                              join r in db.Roles on ur.RoleId equals r.Id
                              where ur.UserId == user.Id
                              orderby r.Name
                              select r.Name).FirstOrDefaultAsync(cancellationToken);
            var station = await db.Stations.AsNoTracking().Where(s => s.Id == user.StationId).Select(s => s.Name)
                .FirstOrDefaultAsync(cancellationToken);
            return new Detail(
                user.Id, user.UserName ?? "", user.DisplayName, role, user.StationId, station ?? "?", user.IsActive,
                user.LockoutEnd is { } end && end > clock.GetUtcNow(), user.MustChangePassword, user.TwoFactorEnabled,
                user.CreatedAt);
        }
    }
}
