using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using ModularSocialWork.Host.Composition;
using ModularSocialWork.Host.Infrastructure;
using ModularSocialWork.IntegrationTests.Support;

namespace ModularSocialWork.IntegrationTests.Hosting;

/// <summary>What every page and endpoint of the shell promises: headers, health, Chinese error pages, admin-only dashboards.</summary>
public sealed class WebShellTests : IDisposable
{
    private readonly TestHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Health_endpoints_are_anonymous()
    {
        using var client = host.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        using var client = host.Anonymous();
        var response = await client.GetAsync("/account/login");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task An_unknown_page_gets_the_chinese_404_page_and_an_unknown_api_route_a_problem()
    {
        using var client = await host.SignedInAsync();
        var page = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("页面不存在", await page.Content.ReadAsStringAsync());

        var api = await client.GetAsync("/api/no-such-module/things");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_english_switch_changes_the_language_and_chinese_is_the_default()
    {
        using var client = host.Anonymous();
        Assert.Contains("登录", await client.GetStringAsync("/account/login"));
        var english = await client.GetStringAsync("/account/login?culture=en");
        Assert.Contains("Sign in", english);
    }

    [Fact]
    public async Task The_hangfire_dashboard_is_for_county_admins_only()
    {
        using var anonymous = host.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/hangfire")).StatusCode);

        using var admin = await host.SignedInAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);

        var stations = await admin.GetFromJsonAsync<JsonElement>("/api/platform/stations");
        var stationId = stations.EnumerateArray().First().GetProperty("id").GetGuid();
        var created = await admin.PostAsJsonAsync("/api/platform/staff", new
        {
            userName = "worker.one", displayName = "社工一", password = "Worker!2026", role = "SocialWorker", stationId,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var worker = await host.SignedInAsync("worker.one", "Worker!2026");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsync("/api/jobs/any-job/run", null)).StatusCode);
    }

    [Fact]
    public async Task Bad_input_to_an_api_gets_a_problem_with_chinese_field_errors_and_saves_nothing()
    {
        using var admin = await host.SignedInAsync();
        var response = await admin.PostAsJsonAsync("/api/platform/staff", new { userName = "", displayName = "", password = "short", role = "Wizard" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.Contains("请填写用户名", errors.GetProperty("userName")[0].GetString());
        Assert.True(errors.TryGetProperty("role", out _));
        var staff = await admin.GetFromJsonAsync<JsonElement>("/api/platform/staff");
        Assert.Equal(1, staff.GetArrayLength()); // only admin
    }

    [Fact]
    public async Task Scalar_is_for_signed_in_users()
    {
        using var anonymous = host.Anonymous();
        var redirect = await anonymous.GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/account/login", redirect.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
        using var admin = await host.SignedInAsync();
        var ui = await admin.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        // Served from the host itself: stations may have no internet, so no CDN.
        Assert.Contains("src=\"scalar.js\"", await ui.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Recurring_jobs_no_enabled_module_declares_are_removed_at_start()
    {
        // An earlier host in this process left Hangfire's static log provider pointing at its disposed logger factory.
        GlobalConfiguration.Configuration.UseLogProvider(new SilentLogProvider());
        using var storage = new InMemoryStorage();
        var manager = new RecurringJobManager(storage);
        manager.AddOrUpdate("retired-module:nightly", () => Console.WriteLine("stale"), Cron.Daily());
        var configuration = new ConfigurationBuilder().Build();
        var catalog = ModuleCatalog.Build(configuration, BuiltInModules.Discover());

        var registrar = new RecurringJobRegistrar(catalog, manager, storage, configuration, NullLogger<RecurringJobRegistrar>.Instance);
        await registrar.StartAsync(CancellationToken.None);

        using var connection = storage.GetConnection();
        Assert.DoesNotContain(Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection), j => j.Id == "retired-module:nightly");
    }

    private sealed class SilentLogProvider : Hangfire.Logging.ILogProvider
    {
        public Hangfire.Logging.ILog GetLogger(string name) => new SilentLog();

        private sealed class SilentLog : Hangfire.Logging.ILog
        {
            public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
        }
    }
}
