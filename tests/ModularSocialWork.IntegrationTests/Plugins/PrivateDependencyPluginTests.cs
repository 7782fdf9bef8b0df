using System.Net.Http.Json;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.Host.Composition;
using ModularSocialWork.IntegrationTests.Support;

namespace ModularSocialWork.IntegrationTests.Plugins;

/// <summary>A plugin's private dependency loads from its own folder, into its own load context.</summary>
public sealed class PrivateDependencyPluginTests
{
    [Fact]
    public async Task A_private_dependency_comes_from_the_plugin_folder()
    {
        var root = PluginFolders.NewRoot();
        PluginFolders.Copy(PluginFolders.Fixture, root, "PluginFixture");
        try
        {
            using var host = new TestHost(new Dictionary<string, string?> { ["Modules:PluginDirectory"] = root });
            using var client = host.Anonymous();
            var greeting = await client.GetFromJsonAsync<JsonElement>("/api/plugin-fixture/greeting");
            Assert.Equal("来自插件私有依赖的问候", greeting.GetProperty("text").GetString());

            var plugin = host.Services.GetRequiredService<ModuleCatalog>().Enabled.Single(e => e.Manifest.Id == "PluginFixture").Assembly;
            var context = AssemblyLoadContext.GetLoadContext(plugin)!;
            var privateLib = Assert.Single(context.Assemblies, a => a.GetName().Name == "PluginFixtures.PrivateLib");
            Assert.StartsWith(root, privateLib.Location, StringComparison.Ordinal);
            Assert.DoesNotContain(AssemblyLoadContext.Default.Assemblies, a => a.GetName().Name == "PluginFixtures.PrivateLib");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }
}
