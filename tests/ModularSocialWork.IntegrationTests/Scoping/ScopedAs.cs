using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.IntegrationTests.Support;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.IntegrationTests.Scoping;

/// <summary>
/// Runs code in a service scope as if a request of a demo account were in flight: an HttpContext whose principal is the
/// one sign-in would issue (home station, role, permissions), plus an optional station-switcher choice.
/// </summary>
internal static class ScopedAs
{
    public static async Task<T> RunAsync<T>(TestHost host, string? userName, Func<IServiceProvider, Task<T>> work, Guid? actingStation = null)
    {
        // The HttpContext lives in an AsyncLocal: set inside this method, it is gone for the caller once it returns.
        var principal = userName is null ? new ClaimsPrincipal(new ClaimsIdentity()) : await PrincipalAsync(host, userName);
        await using var scope = host.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { User = principal, RequestServices = scope.ServiceProvider };
        if (actingStation is { } acting) http.Request.Headers.Cookie = $"msw.station={acting}";
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = http;
        try
        {
            return await work(scope.ServiceProvider);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    /// <summary>Work with no request in flight (jobs, seeding, test set-up): unrestricted.</summary>
    public static async Task<T> SystemAsync<T>(TestHost host, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public static Task<Dictionary<string, Guid>> StationIdsAsync(TestHost host) =>
        SystemAsync(host, sp => sp.GetRequiredService<PlatformDbContext>().Stations.AsNoTracking()
            .ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal));

    private static async Task<ClaimsPrincipal> PrincipalAsync(TestHost host, string userName)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"no user {userName}");
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>();
        return await factory.CreateAsync(user);
    }
}
