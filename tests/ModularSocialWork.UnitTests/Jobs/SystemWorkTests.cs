using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Jobs;

namespace ModularSocialWork.UnitTests.Jobs;

/// <summary>"Run now" work must not run as the requesting user: no HttpContext (so no user, no station scope) inside it.</summary>
public sealed class SystemWorkTests
{
    [Fact]
    public async Task Work_started_from_a_request_sees_no_http_context_and_gets_its_own_scope()
    {
        var services = new ServiceCollection().AddHttpContextAccessor().AddScoped<ScopedMarker>().BuildServiceProvider();
        var accessor = services.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext();
        var requestMarker = services.CreateScope().ServiceProvider.GetRequiredService<ScopedMarker>();

        var (sawContext, marker) = await SystemWork.RunAsync(
            services.GetRequiredService<IServiceScopeFactory>(),
            (sp, _) => Task.FromResult((sp.GetRequiredService<IHttpContextAccessor>().HttpContext is not null, sp.GetRequiredService<ScopedMarker>())),
            CancellationToken.None);

        Assert.False(sawContext);
        Assert.NotSame(requestMarker, marker);
        Assert.NotNull(accessor.HttpContext); // the request itself keeps its context
    }

    private sealed class ScopedMarker;
}
