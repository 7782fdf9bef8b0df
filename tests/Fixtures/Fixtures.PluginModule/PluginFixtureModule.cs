using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularSocialWork.BuildingBlocks.Modules;
using PluginFixtures.Module;

[assembly: SocialWorkModule(typeof(PluginFixtureModule))]

namespace PluginFixtures.Module;

public sealed class PluginFixtureModule : ModuleBase
{
    public override ModuleManifest Manifest { get; } = new()
    {
        Id = Environment.GetEnvironmentVariable("MSW_PLUGIN_FIXTURE_ID") ?? "PluginFixture",
        NameZh = "插件测试模块",
        NameEn = "Plugin fixture",
        Version = new Version(1, 0, 0),
        Schema = "plugin_fixture",
        DependsOn = (Environment.GetEnvironmentVariable("MSW_PLUGIN_FIXTURE_DEPENDS") ?? "Platform").Split(','),
    };

    public override void MapEndpoints(RouteGroupBuilder api) =>
        api.MapGet("/greeting", () => Results.Ok(new { text = PluginFixtures.PrivateLib.Greeting.Text() })).AllowAnonymous();
}
