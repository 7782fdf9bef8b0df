using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]

namespace ModularSocialWork.BrowserTests;

/// <summary>
/// The real host on a real Kestrel port (SQLite in a temp folder, demo county seeded) and Debian's Chromium driven by
/// Playwright. No browser download: the test command installs the `chromium` package (STACK.md).
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string AdminPassword = "Adm1n!Passw0rd";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "msw-browser", Guid.NewGuid().ToString("N"));
    private Factory? factory;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        factory = new Factory(dataDirectory);
        factory.UseKestrel(0);
        factory.StartServer();
        BaseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MSW_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1366, int height = 768)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN" });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
    }

    private sealed class Factory(string dataDirectory) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:DataDirectory", dataDirectory);
            builder.UseSetting("Database:SqliteSynchronous", "NORMAL");
            builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
            builder.UseSetting("Demo:Seed", "true");
        }
    }
}
