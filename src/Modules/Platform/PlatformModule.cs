using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.Modules.Platform;

[assembly: SocialWorkModule(typeof(PlatformModule))]

namespace ModularSocialWork.Modules.Platform;

public sealed class PlatformModule : ModuleBase
{
    public override ModuleManifest Manifest { get; } = new()
    {
        Id = "Platform",
        NameZh = "平台",
        NameEn = "Platform",
        Version = new Version(0, 1, 0),
        Schema = "platform",
        AlwaysEnabled = true,
    };
}
