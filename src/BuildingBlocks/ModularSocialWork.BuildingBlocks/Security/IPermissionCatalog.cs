namespace ModularSocialWork.BuildingBlocks.Security;

/// <summary>The permissions of every enabled module (a disabled module contributes none). Provided by the host.</summary>
public interface IPermissionCatalog
{
    IReadOnlyList<PermissionDefinition> All { get; }

    bool Contains(string permission);
}
