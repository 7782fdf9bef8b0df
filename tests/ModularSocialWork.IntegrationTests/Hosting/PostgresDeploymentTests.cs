using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using ModularSocialWork.IntegrationTests.Migrations;
using ModularSocialWork.IntegrationTests.Support;

namespace ModularSocialWork.IntegrationTests.Hosting;

/// <summary>
/// The several-hosts deployment on a real PostgreSQL: `migrate` creates one schema per enabled module plus `hangfire`
/// and exits; then a host configured for the same database serves and is ready without migrating itself.
/// </summary>
public sealed class PostgresDeploymentTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>Server databases need the shared personal-data key on every host (32 bytes, base64).</summary>
    private const string PersonalDataKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    [Fact]
    public async Task Migrate_creates_a_schema_per_enabled_module_and_hangfire_then_a_host_serves_from_it()
    {
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["Security__PersonalDataKey"] = PersonalDataKey,
            ["Modules__ChildProtection__Enabled"] = "false",
        };

        var migrate = await HostProcess.RunAsync(environment, "migrate");
        Assert.True(migrate.ExitCode == 0, migrate.StandardError + migrate.StandardOutput);

        var schemas = await SchemasAsync();
        Assert.Contains("platform", schemas);
        Assert.Contains("elderly_care", schemas);
        Assert.Contains("hangfire", schemas);
        Assert.DoesNotContain("child_protection", schemas); // a disabled module's migrations do not run
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'elderly_care' AND table_name = '__EFMigrationsHistory'"));

        using var host = new TestHost(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = database.ConnectionString,
            ["Security:PersonalDataKey"] = PersonalDataKey,
            ["Modules:ChildProtection:Enabled"] = "false",
            ["Demo:Seed"] = "true",
        });
        using var client = await host.SignedInAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/elderly-care/summary")).StatusCode);

        // Recording a visit runs compiled queries (and the audit chain's); this process has already served SQLite hosts,
        // whose models differ from PostgreSQL's, so this also proves each model gets its own compilation.
        var elders = await client.GetFromJsonAsync<JsonElement>("/api/elderly-care/elders?pageSize=1");
        var elder = elders.GetProperty("items")[0].GetProperty("id").GetGuid();
        var visit = await client.PostAsJsonAsync($"/api/elderly-care/elders/{elder}/visits", new { method = 1, findings = "电话问候" });
        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);
        var plan = (await client.GetFromJsonAsync<JsonElement>($"/api/elderly-care/elders/{elder}")).GetProperty("plan");
        Assert.Equal(JsonValueKind.String, plan.GetProperty("lastVisitDate").ValueKind);
    }

    [Fact]
    public async Task A_host_refuses_to_start_on_a_server_database_that_was_not_migrated()
    {
        var fresh = new PostgresDatabaseFixture();
        await fresh.InitializeAsync();
        try
        {
            var result = await HostProcess.RunAsync(new Dictionary<string, string>
            {
                ["Database__Provider"] = "PostgreSql",
                ["ConnectionStrings__Default"] = fresh.ConnectionString,
                ["Security__PersonalDataKey"] = PersonalDataKey,
            });

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("Platform", result.StandardError);
            Assert.Contains("migrate", result.StandardError);
        }
        finally
        {
            await fresh.DisposeAsync();
        }
    }

    private async Task<List<string>> SchemasAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT schema_name FROM information_schema.schemata", connection);
        var schemas = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) schemas.Add(reader.GetString(0));
        return schemas;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
