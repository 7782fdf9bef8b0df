using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Seeding;

/// <summary>
/// Ensures the five roles exist and grants each permission's default roles exactly once, ever: a permission already in
/// <see cref="PlatformDbContext.SeededPermissions"/> is left alone, so an administrator's later edits survive restarts.
/// A module enabled later gets its defaults on the first start that knows it.
/// </summary>
internal sealed class RolePermissionSeeder(PlatformDbContext db, RoleManager<StaffRole> roles, IPermissionCatalog catalog, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var name in StaffRoles.All)
        {
            if (await roles.FindByNameAsync(name) is not null) continue;
            var result = await roles.CreateAsync(new StaffRole(name));
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Could not create role {name}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }
        }

        var seeded = (await db.SeededPermissions.Select(p => p.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var pending = catalog.All.Where(p => !seeded.Contains(p.Name)).ToList();
        if (pending.Count == 0) return;

        var roleIds = await db.Roles.Where(r => r.Name != null)
            .ToDictionaryAsync(r => r.Name!, r => r.Id, StringComparer.Ordinal, cancellationToken);
        var existing = (await db.RoleClaims.Where(c => c.ClaimType == PermissionClaim.Type)
                .Select(c => new { c.RoleId, c.ClaimValue }).ToListAsync(cancellationToken))
            .Select(c => (c.RoleId, c.ClaimValue)).ToHashSet();
        var now = clock.GetUtcNow();

        foreach (var permission in pending)
        {
            foreach (var role in permission.DefaultRoles.Distinct(StringComparer.Ordinal))
            {
                // A default role a module names but nobody seeds is a module bug; skip it rather than fail the start-up.
                if (!roleIds.TryGetValue(role, out var roleId) || existing.Contains((roleId, permission.Name))) continue;
                db.RoleClaims.Add(new IdentityRoleClaim<Guid> { RoleId = roleId, ClaimType = PermissionClaim.Type, ClaimValue = permission.Name });
            }

            db.SeededPermissions.Add(new SeededPermission { Name = permission.Name, SeededAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
