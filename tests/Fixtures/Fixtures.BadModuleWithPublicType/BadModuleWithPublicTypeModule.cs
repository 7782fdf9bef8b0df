using ArchFixtures.BadModuleWithPublicType;
using ModularSocialWork.BuildingBlocks.Modules;

[assembly: SocialWorkModule(typeof(BadModuleWithPublicTypeModule))]

namespace ArchFixtures.BadModuleWithPublicType;

public sealed class BadModuleWithPublicTypeModule : ModuleBase
{
    public override ModuleManifest Manifest { get; } = new()
    {
        Id = "BadModuleWithPublicType",
        NameZh = "BadModuleWithPublicType",
        NameEn = "BadModuleWithPublicType",
        Version = new Version(1, 0, 0),
        Schema = "BadModuleWithPublicType",
    };
}
