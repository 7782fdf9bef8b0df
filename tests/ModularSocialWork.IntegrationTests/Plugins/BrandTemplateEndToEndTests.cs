using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ModularSocialWork.IntegrationTests.Accounts;
using ModularSocialWork.IntegrationTests.Support;

namespace ModularSocialWork.IntegrationTests.Plugins;

/// <summary>
/// What a county developer does, following docs/brand-modules.md: install the template from the repository (into a
/// private template hive), create a brand, run its own tests, build it into a plugins folder with scripts/build-plugin.sh,
/// start the host on that folder and open the page; then switch it off by configuration and get 404.
/// </summary>
public sealed class BrandTemplateEndToEndTests
{
    private const string Name = "TeaHouseBrand";

    [Fact]
    public async Task A_brand_made_from_the_template_runs_as_a_plugin_and_obeys_its_switch()
    {
        var repo = RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("msw-template-").FullName;
        try
        {
            // The repository's build settings and package versions, as the brand would have them in src/Modules/Brands.
            File.Copy(Path.Combine(repo, "Directory.Build.props"), Path.Combine(work, "Directory.Build.props"));
            File.Copy(Path.Combine(repo, "Directory.Packages.props"), Path.Combine(work, "Directory.Packages.props"));
            var hive = Path.Combine(work, "template-hive");
            var brands = Path.Combine(work, "src", "Modules", "Brands");
            var buildingBlocks = Path.Combine(repo, "src", "BuildingBlocks", "ModularSocialWork.BuildingBlocks", "ModularSocialWork.BuildingBlocks.csproj");

            await RunAsync(work, "dotnet", "new", "install", Path.Combine(repo, "templates", "BrandModule"), "--debug:custom-hive", hive);
            await RunAsync(work, "dotnet", "new", "msw-brand", "-n", Name, "--displayName", "茶馆议事", "--buildingBlocks", buildingBlocks,
                "-o", brands, "--debug:custom-hive", hive);
            await RunAsync(work, "dotnet", "test", Path.Combine(brands, Name + ".Tests"), "-c", "Release", "-nologo");
            var plugins = Path.Combine(work, "plugins");
            await RunAsync(work, "bash", Path.Combine(repo, "scripts", "build-plugin.sh"), Path.Combine(brands, Name), plugins);

            // Only the plugin's own files: shared assemblies come from the host.
            var files = Directory.EnumerateFiles(Path.Combine(plugins, Name), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Path.Combine(plugins, Name), f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(
                [
                    $"ModularSocialWork.Modules.Brands.{Name}.deps.json", $"ModularSocialWork.Modules.Brands.{Name}.dll",
                    $"ModularSocialWork.Modules.Brands.{Name}.pdb", "wwwroot/css/brand.css",
                ],
                files);

            using (var host = new TestHost(new Dictionary<string, string?> { ["Modules:PluginDirectory"] = plugins }))
            {
                using var client = AccountTestSupport.CookieClient(host);
                await AccountTestSupport.SignInWithPageAsync(client, "admin", TestHost.AdminPassword);
                var page = await client.GetAsync("/" + Name);
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
                Assert.Contains("茶馆议事", await page.Content.ReadAsStringAsync());
                Assert.Contains($"href=\"/{Name}\"", await client.GetStringAsync("/"));
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/_content/ModularSocialWork.Modules.Brands.{Name}/css/brand.css")).StatusCode);

                using var api = await host.SignedInAsync();
                var stations = await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/platform/stations");
                var stationId = stations.EnumerateArray().First().GetProperty("id").GetGuid();
                var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1);
                var created = await api.PostAsJsonAsync("/api/tea-house-brand/services", new { stationId, date = today.ToString("yyyy-MM-dd"), title = "茶馆议事会", peopleServed = 9 });
                Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
                Assert.Contains("茶馆议事会", await api.GetStringAsync("/api/tea-house-brand/services"));
            }

            using (var disabled = new TestHost(new Dictionary<string, string?>
                   {
                       ["Modules:PluginDirectory"] = plugins,
                       [$"Modules:{Name}:Enabled"] = "false",
                   }))
            {
                using var client = AccountTestSupport.CookieClient(disabled);
                await AccountTestSupport.SignInWithPageAsync(client, "admin", TestHost.AdminPassword);
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/" + Name)).StatusCode);
                Assert.DoesNotContain($"href=\"/{Name}\"", await client.GetStringAsync("/"));
                using var api = await disabled.SignedInAsync();
                Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/tea-house-brand/services")).StatusCode);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ModularSocialWork.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("ModularSocialWork.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs a command to completion (at most 5 minutes); fails the test with its output when it exits non-zero.</summary>
    private static async Task RunAsync(string workingDirectory, string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test runner's MSBuild settings would leak into the child builds.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k == "VSTEST_HOST_DEBUG").ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in 5 minutes: {await output}");
        }

        Assert.True(process.ExitCode == 0, $"{fileName} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}\n{await error}");
    }
}
