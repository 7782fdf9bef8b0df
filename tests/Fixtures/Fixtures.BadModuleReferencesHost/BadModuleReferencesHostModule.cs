using ArchFixtures.BadModuleReferencesHost;
using ModularSocialWork.BuildingBlocks.Modules;

[assembly: SocialWorkModule(typeof(BadModuleReferencesHostModule))]

namespace ArchFixtures.BadModuleReferencesHost;

public sealed class BadModuleReferencesHostModule : ModuleBase
{
    // The mistake under test: a module that reaches into the Host (here its module catalog).
    public override ModuleManifest Manifest { get; } = new()
    {
        Id = "BadModuleReferencesHost",
        NameZh = "BadModuleReferencesHost",
        NameEn = "BadModuleReferencesHost",
        Version = typeof(ModularSocialWork.Host.Composition.ModuleCatalog).Assembly.GetName().Version ?? new Version(1, 0, 0),
        Schema = "BadModuleReferencesHost",
    };
}
