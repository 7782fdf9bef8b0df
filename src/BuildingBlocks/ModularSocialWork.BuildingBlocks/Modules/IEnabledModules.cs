namespace ModularSocialWork.BuildingBlocks.Modules;

/// <summary>The manifests of the modules enabled in this host (the host provides it), e.g. to list the brand services.</summary>
public interface IEnabledModules
{
    IReadOnlyList<ModuleManifest> Manifests { get; }
}
