using ArchFixtures.BadModuleReferencesModuleA;
using ArchFixtures.ModuleA;
using ModularSocialWork.BuildingBlocks.Modules;

[assembly: SocialWorkModule(typeof(BadModuleReferencesModuleAModule))]

namespace ArchFixtures.BadModuleReferencesModuleA;

public sealed class BadModuleReferencesModuleAModule : ModuleBase
{
    // The mistake under test: depending on another module by reaching into its assembly instead of declaring DependsOn
    // by id and talking through contracts.
    private static readonly string ModuleAId = new ModuleAModule().Manifest.Id;

    public override ModuleManifest Manifest { get; } = new()
    {
        Id = "BadModuleReferencesModuleA",
        NameZh = "BadModuleReferencesModuleA",
        NameEn = "BadModuleReferencesModuleA",
        Version = new Version(1, 0, 0),
        Schema = "BadModuleReferencesModuleA",
        DependsOn = [ModuleAId],
    };
}
