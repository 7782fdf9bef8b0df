using ModularSocialWork.IntegrationTests.Support;

namespace ModularSocialWork.IntegrationTests.Hosting;

/// <summary>Configuration the host cannot work with stops start-up with one clear line naming the problem, exit code 1.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task A_misspelt_module_key_stops_start_up_naming_the_key()
    {
        var result = await HostProcess.RunAsync(new Dictionary<string, string> { ["Modules__ChildProtecton__Enabled"] = "false" });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Modules:ChildProtecton", result.StandardError);
        Assert.Contains("ChildProtection", result.StandardError); // the known ids are listed to help fix the typo
        Assert.DoesNotContain("   at ", result.StandardError);  // a message, not a stack trace
    }

    [Fact]
    public async Task Disabling_the_always_on_platform_stops_start_up()
    {
        var result = await HostProcess.RunAsync(new Dictionary<string, string> { ["Modules__Platform__Enabled"] = "false" });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Platform", result.StandardError);
    }

    [Fact]
    public async Task An_unknown_database_provider_stops_start_up()
    {
        var result = await HostProcess.RunAsync(new Dictionary<string, string> { ["Database__Provider"] = "Oracle" });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Database:Provider 'Oracle'", result.StandardError);
    }

    [Fact]
    public async Task Migrate_applies_the_sqlite_migrations_and_exits()
    {
        var result = await HostProcess.RunAsync(new Dictionary<string, string> { ["Bootstrap__AdminPassword"] = TestHost.AdminPassword }, "migrate");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Migrations applied (Sqlite)", result.StandardOutput);
    }
}
