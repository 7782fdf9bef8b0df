using Microsoft.Extensions.DependencyInjection;

namespace ModularSocialWork.BuildingBlocks.Jobs;

/// <summary>
/// Runs county-wide system work (a recurring job's "run now") from inside a request exactly as the schedule runs it: in
/// its own DI scope, without the request's user and station scope. Inline, the reminder sweep ran with the caller's
/// station scope, and its birthday re-tiering of elders at other stations was refused as a write outside the scope — a
/// station manager pressing 立即运行 got a 404. The caller's permission to start the work is checked before this.
/// </summary>
public static class SystemWork
{
    public static Task<T> RunAsync<T>(IServiceScopeFactory scopes, Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        // Without the execution context the HttpContext (and so the signed-in user) does not flow into the work.
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(async () =>
            {
                await using var scope = scopes.CreateAsyncScope();
                return await work(scope.ServiceProvider, cancellationToken);
            }, cancellationToken);
        }
    }
}
