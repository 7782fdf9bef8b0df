using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ModularSocialWork.IntegrationTests.Support;

/// <summary>
/// The real host on SQLite in a throw-away data directory, configured exactly as an operator would (settings read
/// before Build() must be given with UseSetting, STACK.md).
/// </summary>
public sealed class TestHost : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Adm1n!Passw0rd";

    private readonly Dictionary<string, string?> settings;

    public TestHost(IDictionary<string, string?>? overrides = null)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "msw-tests", Guid.NewGuid().ToString("N"));
        settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataDirectory"] = DataDirectory,
            ["Database:SqliteSynchronous"] = "NORMAL",
            ["Bootstrap:AdminPassword"] = AdminPassword,
        };
        if (overrides is not null)
        {
            foreach (var (key, value) in overrides) settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<string> TokenAsync(string userName = "admin", string password = AdminPassword)
    {
        using var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"token for {userName}: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    public async Task<HttpClient> SignedInAsync(string userName = "admin", string password = AdminPassword)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(userName, password));
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
