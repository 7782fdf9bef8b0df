using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Scoping;

namespace ModularSocialWork.Modules.Platform.Features.Staff;

/// <summary>Staff for other modules: names and stations, never credentials. Roles come from the role table in one join.</summary>
internal sealed class StaffDirectory(PlatformDbContext db, StationTreeCache stations) : IStaffDirectory
{
    public Task<StaffSummary?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        Query().Where(s => s.Id == userId).FirstOrDefaultAsync(cancellationToken);

    public Task<StaffSummary?> FindByUserNameAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = userName.Trim().ToUpperInvariant();
        return Query(u => u.NormalizedUserName == normalized).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StaffSummary>> ListAsync(Guid? stationId, CancellationToken cancellationToken)
    {
        if (stationId is not { } root) return await Query(u => u.IsActive).OrderBy(s => s.DisplayName).ToListAsync(cancellationToken);
        var subtree = stations.Get().Subtree(root).ToList();
        return await Query(u => u.IsActive && subtree.Contains(u.StationId)).OrderBy(s => s.DisplayName).ToListAsync(cancellationToken);
    }

    private IQueryable<StaffSummary> Query(System.Linq.Expressions.Expression<Func<Domain.StaffUser, bool>>? filter = null)
    {
        var users = filter is null ? db.Users.AsNoTracking() : db.Users.AsNoTracking().Where(filter);
        return from u in users
               let role = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault()
               select new StaffSummary(u.Id, u.UserName!, u.DisplayName, role, u.StationId);
    }
}
