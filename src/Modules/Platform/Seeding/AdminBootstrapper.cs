using ModularSocialWork.BuildingBlocks.Modules;
using Microsoft.AspNetCore.Identity;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain;
using ModularSocialWork.Modules.Platform.Identity;

namespace ModularSocialWork.Modules.Platform.Seeding;

/// <summary>
/// Creates the first administrator, <c>admin</c>, so a fresh install can be signed into. Its password comes from
/// <c>Bootstrap:AdminPassword</c>, or is generated and printed once: it is never stored in plain text or logged.
/// </summary>
internal sealed class AdminBootstrapper(PlatformDbContext db, UserManager<StaffUser> users, TimeProvider clock)
{
    public const string AdminUserName = "admin";

    public async Task EnsureAdminAsync(Guid rootStationId, string? configuredPassword)
    {
        if (await users.FindByNameAsync(AdminUserName) is not null) return;

        var password = configuredPassword;
        if (!string.IsNullOrEmpty(password))
        {
            var problems = await PolicyProblemsAsync(password);
            if (problems.Count > 0)
            {
                throw new StartupConfigurationException(
                    "Bootstrap:AdminPassword does not meet the password policy (at least 8 characters, 3 of: upper case, " +
                    "lower case, digit, symbol) / Bootstrap:AdminPassword 不符合密码策略: " + string.Join(" ", problems));
            }
        }
        else
        {
            password = RandomPasswordGenerator.Generate(16);
        }

        var admin = new StaffUser
        {
            Id = Guid.CreateVersion7(),
            UserName = AdminUserName,
            DisplayName = "系统管理员",
            StationId = rootStationId,
            IsActive = true,
            CreatedAt = clock.GetUtcNow(),
        };
        // One transaction: an admin without its role would never be fixed, since the next start sees "admin" exists.
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            ThrowIfFailed(await users.CreateAsync(admin, password));
            ThrowIfFailed(await users.AddToRoleAsync(admin, StaffRoles.CountyAdmin));
            await transaction.CommitAsync();
        }

        if (string.IsNullOrEmpty(configuredPassword))
        {
            // Console on purpose, not the logger: log sinks are kept and shipped, this must be seen once and nowhere else.
            Console.WriteLine($"初始管理员 admin 的密码（只显示这一次）/ Initial admin password (shown once): {password}");
        }
    }

    private async Task<List<string>> PolicyProblemsAsync(string password)
    {
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new StaffUser { UserName = AdminUserName }, password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }

        return problems;
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not create the admin account: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
