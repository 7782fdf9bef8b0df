using ArchFixtures.ModuleA;
using ModularSocialWork.BuildingBlocks.Modules;

[assembly: SocialWorkModule(typeof(ModuleAModule))]

namespace ArchFixtures.ModuleA;

public sealed class ModuleAModule : ModuleBase
{
    public override ModuleManifest Manifest { get; } = new()
    {
        Id = "ModuleA",
        NameZh = "模块甲",
        NameEn = "Module A",
        Version = new Version(1, 0, 0),
        Schema = "module_a",
    };
}
