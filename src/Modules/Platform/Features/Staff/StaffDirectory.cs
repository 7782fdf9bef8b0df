using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Scoping;

namespace ModularSocialWork.Modules.Platform.Features.Staff;

/// <summary>Staff for other modules: names and stations, never credentials. Roles come from the role table in one join.</summary>
internal sealed class StaffDirectory(PlatformDbContext db, StationTreeCache stations) : IStaffDirectory
{
    public async Task<StaffSummary?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        (await ListWhereAsync(u => u.Id == userId, cancellationToken)).FirstOrDefault();

    public async Task<StaffSummary?> FindByUserNameAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = userName.Trim().ToUpperInvariant();
        return (await ListWhereAsync(u => u.NormalizedUserName == normalized, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<StaffSummary>> ListAsync(Guid? stationId, CancellationToken cancellationToken)
    {
        if (stationId is not { } root) return await ListWhereAsync(u => u.IsActive, cancellationToken);
        var subtree = stations.Get().Subtree(root).ToList();
        return await ListWhereAsync(u => u.IsActive && subtree.Contains(u.StationId), cancellationToken);
    }

    /// <summary>Users, then their roles in a second query (staff lists are small; one role per account).</summary>
    private async Task<IReadOnlyList<StaffSummary>> ListWhereAsync(
        System.Linq.Expressions.Expression<Func<Domain.StaffUser, bool>> filter, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(filter).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.StationId }).ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var roleByUser = roles.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.First().Name);
        return users.Select(u => new StaffSummary(u.Id, u.UserName ?? "", u.DisplayName, roleByUser.GetValueOrDefault(u.Id), u.StationId)).ToList();
    }
}
