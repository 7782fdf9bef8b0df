using ModularSocialWork.IntegrationTests.Support;

namespace ModularSocialWork.IntegrationTests.Plugins;

/// <summary>
/// A plugin the host cannot use stops start-up with exit code 1 and one line on stderr naming the plugin and the
/// reason, never a stack trace — run as an operator would, in a real process.
/// </summary>
public sealed class PluginStartupFailureTests
{
    private static async Task<string> StopsWithOneLineAsync(string pluginRoot, IReadOnlyDictionary<string, string>? environment = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Modules__PluginDirectory"] = pluginRoot,
            ["Bootstrap__AdminPassword"] = TestHost.AdminPassword,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) settings[key] = value;
        try
        {
            var result = await HostProcess.RunAsync(settings);
            Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}; stderr: {result.StandardError}; stdout: {result.StandardOutput}");
            var lines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var line = Assert.Single(lines);
            Assert.StartsWith("启动已停止 / Start-up stopped:", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.StandardError + result.StandardOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", result.StandardError + result.StandardOutput, StringComparison.Ordinal);
            return line;
        }
        finally
        {
            Directory.Delete(pluginRoot, recursive: true);
        }
    }

    [Fact]
    public async Task A_plugin_built_against_another_buildingblocks_major_version()
    {
        var root = PluginFolders.NewRoot();
        var folder = PluginFolders.Copy(PluginFolders.SampleBrand, root, "AntiFraudBrand");
        PluginFolders.SetReferencedVersion(Path.Combine(folder, "ModularSocialWork.Modules.Brands.AntiFraud.dll"), "ModularSocialWork.BuildingBlocks", 2);

        var line = await StopsWithOneLineAsync(root);
        Assert.Contains("Plugin 'AntiFraudBrand'", line);
        Assert.Contains("ModularSocialWork.BuildingBlocks 2.0, this host has 1.0", line);
    }

    [Fact]
    public async Task A_folder_with_no_module_assembly()
    {
        var root = PluginFolders.NewRoot();
        Directory.CreateDirectory(Path.Combine(root, "EmptyBrand"));
        File.WriteAllText(Path.Combine(root, "EmptyBrand", "readme.txt"), "not a plugin");

        var line = await StopsWithOneLineAsync(root);
        Assert.Contains("Plugin 'EmptyBrand'", line);
        Assert.Contains("no module assembly", line);
    }

    [Fact]
    public async Task A_plugin_missing_its_private_dll()
    {
        var root = PluginFolders.NewRoot();
        PluginFolders.Copy(PluginFolders.Fixture, root, "PluginFixture", "PluginFixtures.PrivateLib.dll");

        var line = await StopsWithOneLineAsync(root);
        Assert.Contains("Plugin 'PluginFixture'", line);
        Assert.Contains("PluginFixtures.PrivateLib", line);
    }

    [Fact]
    public async Task A_plugin_whose_id_duplicates_a_built_in_module()
    {
        var root = PluginFolders.NewRoot();
        PluginFolders.Copy(PluginFolders.Fixture, root, "ElderlyCare");

        var line = await StopsWithOneLineAsync(root, new Dictionary<string, string> { ["MSW_PLUGIN_FIXTURE_ID"] = "ElderlyCare" });
        Assert.Contains("Two modules share the id 'ElderlyCare'", line);
        Assert.Contains("PluginFixtures.Module (plugin ", line);
    }

    [Fact]
    public async Task A_plugin_whose_dependency_module_is_not_installed()
    {
        var root = PluginFolders.NewRoot();
        PluginFolders.Copy(PluginFolders.Fixture, root, "PluginFixture");

        var line = await StopsWithOneLineAsync(root, new Dictionary<string, string> { ["MSW_PLUGIN_FIXTURE_DEPENDS"] = "Platform,Volunteers" });
        Assert.Contains("Module 'PluginFixture' depends on 'Volunteers', which is not installed", line);
    }

    [Fact]
    public async Task A_plugin_folder_not_named_after_its_module_id()
    {
        var root = PluginFolders.NewRoot();
        PluginFolders.Copy(PluginFolders.SampleBrand, root, "AntiFraud");

        var line = await StopsWithOneLineAsync(root);
        Assert.Contains("Plugin 'AntiFraud'", line);
        Assert.Contains("plugins/AntiFraudBrand/", line);
    }

    [Fact]
    public async Task A_configured_plugin_directory_that_does_not_exist()
    {
        var root = PluginFolders.NewRoot();
        var missing = Path.Combine(root, "nowhere");
        var result = await HostProcess.RunAsync(new Dictionary<string, string> { ["Modules__PluginDirectory"] = missing });
        Directory.Delete(root, recursive: true);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Modules:PluginDirectory '{missing}' does not exist", result.StandardError);
    }
}
