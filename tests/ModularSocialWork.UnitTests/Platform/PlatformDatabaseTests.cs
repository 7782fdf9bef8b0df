using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain;
using ModularSocialWork.Modules.Platform.Features.Auth;
using ModularSocialWork.Modules.Platform.Features.Staff;
using NSubstitute;
using Xunit;

namespace ModularSocialWork.UnitTests.Platform;

/// <summary>
/// The Platform's services on a real SQLite file (one per test): migrations match the model, start-up seeding is
/// idempotent, and the account rules hold. No web host: the module is wired exactly as the host wires it.
/// </summary>
public sealed class PlatformDatabaseTests : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "msw-platform-" + Guid.NewGuid().ToString("N"));
    private readonly PlatformModule module = new();
    private ServiceProvider? provider;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (provider is not null) await provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void Provider_migrations_match_the_model()
    {
        IDesignTimeDbContextFactory<PlatformSqlServerDbContext> sqlServer = new PlatformDesignTimeDbContextFactory();
        IDesignTimeDbContextFactory<PlatformPostgresDbContext> postgres = new PlatformDesignTimeDbContextFactory();
        using var a = sqlServer.CreateDbContext([]);
        using var b = postgres.CreateDbContext([]);
        Assert.False(a.Database.HasPendingModelChanges());
        Assert.False(b.Database.HasPendingModelChanges());
        Assert.NotEmpty(a.Database.GetMigrations());
        Assert.NotEmpty(b.Database.GetMigrations());
    }

    [Fact]
    public async Task Demo_seed_builds_deqing_and_is_idempotent()
    {
        await StartAsync(("Demo:Seed", "true"), ("Bootstrap:AdminPassword", "Bootstrap@2026pass"));
        await RunInitializationAsync(); // a second start changes nothing

        await using var scope = provider!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.False(db.Database.HasPendingModelChanges());

        var stations = await db.Stations.ToListAsync();
        var root = Assert.Single(stations, s => s.Level == StationLevel.County);
        Assert.Equal("德清县民政局", root.Name);
        Assert.Equal(13, stations.Count(s => s.Level == StationLevel.Town && s.ParentId == root.Id));
        Assert.Equal(4, stations.Count(s => s.Level == StationLevel.Village));
        Assert.Contains(stations, s => s.Name == "武康街道社工站");
        Assert.Equal(2, await db.Agencies.CountAsync());
        Assert.Equal(10, await db.Users.CountAsync()); // admin + 9 demo accounts

        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var worker = await users.FindByNameAsync("wukang.worker1");
        Assert.NotNull(worker);
        Assert.True(await users.CheckPasswordAsync(worker, "Demo@2026pass"));
        Assert.Equal([StaffRoles.SocialWorker], await users.GetRolesAsync(worker));
        var admin = await users.FindByNameAsync("admin");
        Assert.True(await users.CheckPasswordAsync(admin!, "Bootstrap@2026pass"));
        Assert.Equal([StaffRoles.CountyAdmin], await users.GetRolesAsync(admin!));
    }

    private static List<string> Defaults(string role) =>
        PlatformPermissions.All.Where(p => p.DefaultRoles.Contains(role)).Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Default_permissions_are_granted_once_so_an_admins_removal_survives_restarts()
    {
        await StartAsync(("Bootstrap:AdminPassword", "Bootstrap@2026pass"));
        await using (var scope = provider!.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var viewer = await db.Roles.SingleAsync(r => r.Name == StaffRoles.Viewer);
            var admin = await db.Roles.SingleAsync(r => r.Name == StaffRoles.CountyAdmin);
            var viewerClaims = await db.RoleClaims.Where(c => c.RoleId == viewer.Id).Select(c => c.ClaimValue).ToListAsync();
            // Whatever the Platform's manifest grants each role by default, exactly once.
            Assert.Equal(Defaults(StaffRoles.Viewer), viewerClaims.Order(StringComparer.Ordinal));
            Assert.Equal(Defaults(StaffRoles.CountyAdmin).Count, await db.RoleClaims.CountAsync(c => c.RoleId == admin.Id));

            db.RoleClaims.RemoveRange(db.RoleClaims.Where(c => c.RoleId == viewer.Id));
            await db.SaveChangesAsync();
        }

        await RunInitializationAsync();

        await using (var scope = provider!.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var viewer = await db.Roles.SingleAsync(r => r.Name == StaffRoles.Viewer);
            Assert.False(await db.RoleClaims.AnyAsync(c => c.RoleId == viewer.Id));
            Assert.Equal("本县民政局", (await db.Stations.SingleAsync()).Name);
        }
    }

    [Fact]
    public async Task A_bootstrap_password_that_breaks_the_policy_stops_start_up()
    {
        var error = await Assert.ThrowsAsync<ModularSocialWork.BuildingBlocks.Modules.StartupConfigurationException>(() => StartAsync(("Bootstrap:AdminPassword", "password")));
        Assert.Contains("Bootstrap:AdminPassword", error.Message);
    }

    [Fact]
    public async Task Password_check_locks_out_after_five_failures_and_refuses_deactivated_accounts()
    {
        await StartAsync(("Demo:Seed", "true"), ("Bootstrap:AdminPassword", "Bootstrap@2026pass"));
        await using var scope = provider!.CreateAsyncScope();
        var check = scope.ServiceProvider.GetRequiredService<StaffPasswordCheck>();

        Assert.NotNull(await check.CheckAsync("xinshi.worker1", "Demo@2026pass"));
        Assert.Null(await check.CheckAsync("nobody", "Demo@2026pass"));
        for (var i = 0; i < 5; i++) Assert.Null(await check.CheckAsync("xinshi.worker1", "wrong"));
        Assert.Null(await check.CheckAsync("xinshi.worker1", "Demo@2026pass")); // locked now, right password or not

        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var viewer = (await users.FindByNameAsync("viewer"))!;
        viewer.IsActive = false;
        await users.UpdateAsync(viewer);
        Assert.Null(await check.CheckAsync("viewer", "Demo@2026pass"));
    }

    [Fact]
    public async Task Creating_an_account_saves_user_and_role_and_refuses_a_duplicate_name()
    {
        await StartAsync(("Bootstrap:AdminPassword", "Bootstrap@2026pass"));
        await using var scope = provider!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var handler = new CreateStaffAccount.Handler(db, users, TimeProvider.System);
        var root = await db.Stations.SingleAsync();
        var command = new CreateStaffAccount.Command("new.worker", "新社工", "Worker@2026", StaffRoles.SocialWorker, root.Id);

        Assert.True(new CreateStaffAccount.Validator().Validate(command).IsValid);
        var id = await handler.Handle(command, CancellationToken.None);

        var created = await users.FindByIdAsync(id.ToString());
        Assert.Equal([StaffRoles.SocialWorker], await users.GetRolesAsync(created!));
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => handler.Handle(command with { DisplayName = "别人" }, CancellationToken.None));
        Assert.Contains("已被使用", conflict.Message);
    }

    [Fact]
    public void Validator_speaks_chinese_about_each_bad_field()
    {
        var result = new CreateStaffAccount.Validator().Validate(new CreateStaffAccount.Command("", "", "short", "Boss", Guid.Empty));
        var byField = result.Errors.ToLookup(e => e.PropertyName);
        Assert.Equal("请填写用户名。", Assert.Single(byField["UserName"]).ErrorMessage);
        Assert.Equal("请填写姓名。", Assert.Single(byField["DisplayName"]).ErrorMessage);
        Assert.Contains("至少为 8", Assert.Single(byField["Password"]).ErrorMessage);
        Assert.Equal("角色无效。", Assert.Single(byField["Role"]).ErrorMessage);
        Assert.Equal("请选择所属站点。", Assert.Single(byField["StationId"]).ErrorMessage);
    }

    private async Task StartAsync(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var database = new DatabaseSettings { Provider = DatabaseProvider.Sqlite, DataDirectory = directory };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Substitute.For<ICurrentStaff>());
        services.AddSingleton<IPermissionCatalog>(new ListCatalog(module.Permissions.ToList()));
        module.ConfigureServices(services, new ModuleContext(module.Manifest, configuration, database));
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.MigrateAsync();
        }

        await RunInitializationAsync();
    }

    private async Task RunInitializationAsync()
    {
        await using var scope = provider!.CreateAsyncScope();
        await module.InitializeAsync(scope.ServiceProvider, CancellationToken.None);
    }

    private sealed class ListCatalog(IReadOnlyList<PermissionDefinition> all) : IPermissionCatalog
    {
        public IReadOnlyList<PermissionDefinition> All => all;
        public bool Contains(string permission) => all.Any(p => p.Name == permission);
    }
}
