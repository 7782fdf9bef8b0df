using System.Collections.Concurrent;
using System.Reflection;
using MediatR;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.BuildingBlocks.Mediation;

/// <summary>
/// Checks <see cref="RequiresPermissionAttribute"/> centrally, so no handler can forget it. Requests sent by the system
/// (jobs, seeding: no user) skip the check; that is why pages and endpoints must also require an authenticated user.
/// </summary>
public sealed class AuthorizationBehavior<TRequest, TResponse>(ICurrentStaff currentStaff) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly ConcurrentDictionary<Type, string[]> RequiredByType = new();

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var required = RequiredByType.GetOrAdd(typeof(TRequest), t =>
            t.GetCustomAttributes<RequiresPermissionAttribute>(inherit: true).Select(a => a.Permission).ToArray());

        if (required.Length > 0 && currentStaff.IsAuthenticated)
        {
            foreach (var permission in required)
            {
                if (!currentStaff.HasPermission(permission)) throw new ForbiddenException();
            }
        }

        return next();
    }
}
