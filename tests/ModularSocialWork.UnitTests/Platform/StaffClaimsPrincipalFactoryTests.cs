using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Domain;
using ModularSocialWork.Modules.Platform.Identity;
using NSubstitute;
using Xunit;

namespace ModularSocialWork.UnitTests.Platform;

public sealed class StaffClaimsPrincipalFactoryTests
{
    private static readonly StaffUser User = new()
    {
        Id = Guid.NewGuid(), UserName = "wukang.worker1", DisplayName = "王芳", StationId = Guid.NewGuid(),
    };

    [Fact]
    public async Task Keeps_only_permissions_of_enabled_modules_once_each_and_adds_station_and_name()
    {
        var worker = new StaffRole(StaffRoles.SocialWorker);
        var viewer = new StaffRole(StaffRoles.Viewer);
        var userStore = Substitute.For<IUserRoleStore<StaffUser>>();
        userStore.GetUserIdAsync(User, Arg.Any<CancellationToken>()).Returns(User.Id.ToString());
        userStore.GetUserNameAsync(User, Arg.Any<CancellationToken>()).Returns(User.UserName);
        userStore.GetRolesAsync(User, Arg.Any<CancellationToken>()).Returns([worker.Name!, viewer.Name!]);

        var roleStore = Substitute.For<IRoleClaimStore<StaffRole>>();
        roleStore.FindByNameAsync(worker.Name!, Arg.Any<CancellationToken>()).Returns(worker);
        roleStore.FindByNameAsync(viewer.Name!, Arg.Any<CancellationToken>()).Returns(viewer);
        roleStore.GetClaimsAsync(worker, Arg.Any<CancellationToken>()).Returns(
        [
            new Claim(PermissionClaim.Type, "Platform.Stations.Read"),
            new Claim(PermissionClaim.Type, "ElderlyCare.Visits.Record"), // module switched off
        ]);
        roleStore.GetClaimsAsync(viewer, Arg.Any<CancellationToken>()).Returns(
        [
            new Claim(PermissionClaim.Type, "Platform.Stations.Read"), // granted by both roles
        ]);

        var catalog = Substitute.For<IPermissionCatalog>();
        catalog.Contains(Arg.Any<string>()).Returns(ci => ci.Arg<string>().StartsWith("Platform.", StringComparison.Ordinal));

        var options = Options.Create(new IdentityOptions());
        var userManager = new UserManager<StaffUser>(userStore, options, null!, [], [], null!, new IdentityErrorDescriber(), null!, null!);
        var roleManager = new RoleManager<StaffRole>(roleStore, [], null!, new IdentityErrorDescriber(), null!);
        var factory = new StaffClaimsPrincipalFactory(userManager, roleManager, options, catalog);

        var principal = await factory.CreateAsync(User);

        Assert.Equal(["Platform.Stations.Read"], principal.FindAll(PermissionClaim.Type).Select(c => c.Value));
        Assert.Equal(User.StationId.ToString(), principal.FindFirstValue(StaffClaims.StationId));
        Assert.Equal("王芳", principal.FindFirstValue(ModularSocialWork.BuildingBlocks.Security.StaffClaims.DisplayName));
        Assert.Equal([StaffRoles.SocialWorker, StaffRoles.Viewer], principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order());
        Assert.Equal("wukang.worker1", principal.Identity?.Name);
    }
}
