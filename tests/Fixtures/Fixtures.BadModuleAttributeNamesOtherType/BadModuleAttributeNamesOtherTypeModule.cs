using ArchFixtures.BadModuleAttributeNamesOtherType;
using ModularSocialWork.BuildingBlocks.Modules;

// The mistake under test: the attribute names some other type instead of the module class.
[assembly: SocialWorkModule(typeof(ModuleOptions))]

namespace ArchFixtures.BadModuleAttributeNamesOtherType;

public sealed class BadModuleAttributeNamesOtherTypeModule : ModuleBase
{
    public override ModuleManifest Manifest { get; } = new()
    {
        Id = "BadModuleAttributeNamesOtherType",
        NameZh = "BadModuleAttributeNamesOtherType",
        NameEn = "BadModuleAttributeNamesOtherType",
        Version = new Version(1, 0, 0),
        Schema = "BadModuleAttributeNamesOtherType",
    };
}

internal sealed class ModuleOptions
{
    public bool Enabled { get; init; } = true;
}
