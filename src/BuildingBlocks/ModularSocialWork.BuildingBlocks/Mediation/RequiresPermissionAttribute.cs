namespace ModularSocialWork.BuildingBlocks.Mediation;

/// <summary>
/// Put on a MediatR request: <see cref="AuthorizationBehavior{TRequest,TResponse}"/> refuses it unless the current staff
/// member holds the permission. Requests without it are allowed for any signed-in user or the system.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class RequiresPermissionAttribute(string permission) : Attribute
{
    public string Permission { get; } = permission;
}
