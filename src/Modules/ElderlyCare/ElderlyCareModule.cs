using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.Modules.ElderlyCare;

[assembly: SocialWorkModule(typeof(ElderlyCareModule))]

namespace ModularSocialWork.Modules.ElderlyCare;

public sealed class ElderlyCareModule : ModuleBase
{
    public override ModuleManifest Manifest { get; } = new()
    {
        Id = "ElderlyCare",
        NameZh = "养老服务",
        NameEn = "Elderly care",
        Version = new Version(0, 1, 0),
        Schema = "elderly_care",
        DependsOn = ["Platform"],
    };
}
