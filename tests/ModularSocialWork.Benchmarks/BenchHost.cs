using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace ModularSocialWork.Benchmarks;

/// <summary>The real host on SQLite in a fresh folder (same configuration an operator would use), driven over HTTP.</summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Bench!Passw0rd";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "msw-bench", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("src/Host", "ModularSocialWork.sln");
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // BENCH_LOG_SQL=1 prints every SQL command with its duration: the quickest way to see what one request costs.
        if (Environment.GetEnvironmentVariable("BENCH_LOG_SQL") == "1")
        {
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database", "Debug");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information");
            builder.UseSetting("Logging:Console:FormatterOptions:TimestampFormat", "HH:mm:ss.ffffff ");
            builder.UseSetting("Logging:Console:FormatterName", "simple");
        }
    }

    public async Task<HttpClient> AdminClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.Timeout = TimeSpan.FromMinutes(30);
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = AdminPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
