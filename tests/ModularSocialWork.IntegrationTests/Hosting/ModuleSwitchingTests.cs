using System.Net;
using ModularSocialWork.IntegrationTests.Support;

namespace ModularSocialWork.IntegrationTests.Hosting;

/// <summary>The boot matrix: all modules, each optional module alone, and what a disabled module leaves behind (nothing).</summary>
public sealed class ModuleSwitchingTests
{
    /// <summary>Optional modules with the page and API route each one serves.</summary>
    public static readonly TheoryData<string, string, string> OptionalModules = new()
    {
        { "ElderlyCare", "/ElderlyCare", "/api/elderly-care/summary" },
        { "ChildProtection", "/ChildProtection", "/api/child-protection/summary" },
    };

    [Fact]
    public async Task All_modules_start_with_one_database_file_each_and_are_ready()
    {
        using var host = new TestHost();
        using var client = await host.SignedInAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        foreach (var (_, page, api) in OptionalModules.Select(r => ((string)r[0], (string)r[1], (string)r[2])))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(api)).StatusCode);
        }

        var files = Directory.GetFiles(host.DataDirectory, "*.db").Select(f => Path.GetFileName(f)!).Order().ToArray();
        Assert.Equal(["child_protection.db", "elderly_care.db", "platform.db"], files);
    }

    [Theory]
    [MemberData(nameof(OptionalModules))]
    public async Task Each_optional_module_runs_alone(string moduleId, string page, string api)
    {
        var overrides = OptionalModules
            .Select(r => (string)r[0])
            .ToDictionary(id => $"Modules:{id}:Enabled", id => (string?)(id == moduleId ? "true" : "false"));
        using var host = new TestHost(overrides);
        using var client = await host.SignedInAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(api)).StatusCode);
        foreach (var other in OptionalModules.Where(r => (string)r[0] != moduleId))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync((string)other[1])).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync((string)other[2])).StatusCode);
        }
    }

    [Fact]
    public async Task A_disabled_module_serves_no_page_no_api_no_nav_item_no_permission_and_no_database()
    {
        using var host = new TestHost(new Dictionary<string, string?> { ["Modules:ChildProtection:Enabled"] = "false" });
        using var client = await host.SignedInAsync();

        var page = await client.GetAsync("/ChildProtection");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("页面不存在", await page.Content.ReadAsStringAsync());

        var api = await client.GetAsync("/api/child-protection/summary");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);

        var home = await client.GetStringAsync("/");
        Assert.Contains("href=\"/ElderlyCare\"", home);
        Assert.DoesNotContain("href=\"/ChildProtection\"", home);
        Assert.DoesNotContain("儿童关爱保护", home);

        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.DoesNotContain("/api/child-protection", openApi);
        Assert.Contains("/api/elderly-care", openApi);

        Assert.False(File.Exists(Path.Combine(host.DataDirectory, "child_protection.db")));
    }
}
