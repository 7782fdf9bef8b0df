using ArchFixtures.BadModuleReferencesHangfire;
using ModularSocialWork.BuildingBlocks.Modules;

[assembly: SocialWorkModule(typeof(BadModuleReferencesHangfireModule))]

namespace ArchFixtures.BadModuleReferencesHangfire;

public sealed class BadModuleReferencesHangfireModule : ModuleBase
{
    public override ModuleManifest Manifest { get; } = new()
    {
        Id = "BadModuleReferencesHangfire",
        NameZh = "BadModuleReferencesHangfire",
        NameEn = "BadModuleReferencesHangfire",
        Version = new Version(1, 0, 0),
        Schema = "BadModuleReferencesHangfire",
    };
}
