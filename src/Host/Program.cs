using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.Host.Composition;

// `dotnet run --project src/Host -- migrate` applies the enabled modules' migrations and exits (deploy step for
// several hosts sharing SQL Server/PostgreSQL). Without it the host serves; the SQLite default migrates at start-up.
var migrateOnly = args.Any(a => string.Equals(a, "migrate", StringComparison.OrdinalIgnoreCase));
// A module's operator command (e.g. `audit-verify`): the first argument when it is a bare word, not a --setting.
var commandName = args.Length > 0 && !args[0].StartsWith('-') && !migrateOnly ? args[0] : null;

try
{
    var hostArguments = args.Where(a => !string.Equals(a, "migrate", StringComparison.OrdinalIgnoreCase)).Skip(commandName is null ? 0 : 1).ToArray();
    var builder = WebApplication.CreateBuilder(hostArguments);
    // Serve module wwwroot files (/_content/<module>/…) from the build output in every environment, not only in
    // Development; a published host has them copied under wwwroot/_content and this is a no-op there.
    builder.WebHost.UseStaticWebAssets();
    builder.AddSocialWork(migrateOnly || commandName is not null);
    var app = builder.Build();
    var database = app.Services.GetRequiredService<DatabaseSettings>();

    if (migrateOnly)
    {
        await app.MigrateModulesAsync();
        // The Hangfire storage creates its own schema on first use; touch it so `migrate` leaves nothing for the hosts.
        _ = app.Services.GetRequiredService<Hangfire.JobStorage>();
        Console.WriteLine($"迁移完成 / Migrations applied ({database.Provider}).");
        return 0;
    }

    if (commandName is not null)
    {
        return await ModuleCommands.RunAsync(app, commandName, hostArguments, CancellationToken.None);
    }

    if (database.Provider == DatabaseProvider.Sqlite || app.Configuration.GetValue<bool>("Database:MigrateAtStartup"))
    {
        await app.MigrateModulesAsync();
    }
    else
    {
        await ModularSocialWork.Host.Infrastructure.MigrationGuard.EnsureMigratedAsync(app.Services, CancellationToken.None);
    }

    await app.InitializeModulesAsync();
    app.UseSocialWork();
    await app.RunAsync();
    return 0;
}
catch (StartupConfigurationException ex)
{
    Console.Error.WriteLine($"启动已停止 / Start-up stopped: {ex.Message}");
    return 1;
}

/// <summary>Entry point type, public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;
