using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.Host.Infrastructure;

namespace ModularSocialWork.Host.Composition;

/// <summary>Runs an enabled module's operator command (`dotnet ModularSocialWork.Host.dll audit-verify`) and exits.</summary>
public static class ModuleCommands
{
    public static async Task<int> RunAsync(WebApplication app, string name, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        if (string.Equals(name, RunJob, StringComparison.OrdinalIgnoreCase)) return await RunJobAsync(app, catalog, arguments, cancellationToken);
        var commands = catalog.Enabled.SelectMany(e => e.Module.Commands).ToList();
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            var known = string.Join(", ", new[] { "migrate", RunJob }.Concat(commands.Select(c => c.Name)));
            throw new ModuleCatalogException($"unknown command '{name}'. Commands: {known}. Settings are given as --Key=value.");
        }

        await MigrationGuard.EnsureMigratedAsync(app.Services, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        return await command.RunAsync(scope.ServiceProvider, arguments, Console.Out, cancellationToken);
    }

    /// <summary>
    /// <c>run-job &lt;id&gt;</c>: runs one declared recurring job once, in this process, through the same runner Hangfire
    /// uses, and exits — for an operator who must catch up now or drive the job from an external scheduler, and for the
    /// test that sweeps one database from two host processes at once.
    /// </summary>
    public const string RunJob = "run-job";

    private static async Task<int> RunJobAsync(WebApplication app, ModuleCatalog catalog, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var declared = RecurringJobCatalog.Enabled(catalog).Select(d => d.Id).ToList();
        var id = arguments.FirstOrDefault(a => !a.StartsWith('-'));
        if (id is null || !declared.Contains(id, StringComparer.Ordinal))
        {
            var named = id is null ? "run-job needs a job id" : $"no enabled module declares the job '{id}'";
            throw new ModuleCatalogException($"{named}. Jobs: {string.Join(", ", declared)}.");
        }

        // Like the host: the embedded SQLite default migrates itself, a server database must have been migrated.
        if (app.Services.GetRequiredService<BuildingBlocks.Data.DatabaseSettings>().Provider == BuildingBlocks.Data.DatabaseProvider.Sqlite) await app.MigrateModulesAsync();
        else await MigrationGuard.EnsureMigratedAsync(app.Services, cancellationToken);
        await ActivatorUtilities.CreateInstance<RecurringJobRunner>(app.Services).RunAsync(id, cancellationToken);
        Console.WriteLine($"已运行 / Ran {id}.");
        return 0;
    }
}
