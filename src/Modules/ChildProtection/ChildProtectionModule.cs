using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.Modules.ChildProtection;

[assembly: SocialWorkModule(typeof(ChildProtectionModule))]

namespace ModularSocialWork.Modules.ChildProtection;

public sealed class ChildProtectionModule : ModuleBase
{
    public override ModuleManifest Manifest { get; } = new()
    {
        Id = "ChildProtection",
        NameZh = "儿童关爱保护",
        NameEn = "Child protection",
        Version = new Version(0, 1, 0),
        Schema = "child_protection",
        DependsOn = ["Platform"],
    };
}
