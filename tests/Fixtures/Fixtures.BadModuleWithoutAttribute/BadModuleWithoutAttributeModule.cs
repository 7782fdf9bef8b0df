using ModularSocialWork.BuildingBlocks.Modules;

namespace ArchFixtures.BadModuleWithoutAttribute;

// The mistake under test: the module class exists but no [assembly: SocialWorkModule] points the catalog at it.
public sealed class BadModuleWithoutAttributeModule : ModuleBase
{
    public override ModuleManifest Manifest { get; } = new()
    {
        Id = "BadModuleWithoutAttribute",
        NameZh = "BadModuleWithoutAttribute",
        NameEn = "BadModuleWithoutAttribute",
        Version = new Version(1, 0, 0),
        Schema = "BadModuleWithoutAttribute",
    };
}
