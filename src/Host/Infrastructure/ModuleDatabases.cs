using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ModularSocialWork.BuildingBlocks.Data;

namespace ModularSocialWork.Host.Infrastructure;

/// <summary>Migrates every enabled module's database (and only those), each with its own history table.</summary>
public static class ModuleMigrator
{
    public static async Task MigrateAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        if (settings.Provider == DatabaseProvider.Sqlite) Directory.CreateDirectory(settings.DataDirectory);

        foreach (var descriptor in services.GetServices<ModuleDatabaseDescriptor>())
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(descriptor.ContextType);
            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                // WAL is a property of the file: readers never block the writer. Set before the first migration writes.
                await context.Database.OpenConnectionAsync(cancellationToken);
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await context.Database.CloseConnectionAsync();
            }

            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await context.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Module {Module}: {Count} migration(s) applied in schema {Schema}", descriptor.ModuleId, pending.Count, descriptor.Schema);
        }
    }
}

/// <summary>
/// Hosts on a shared server database do not migrate by themselves (one `migrate` per release does); one started before
/// that would fail somewhere deep in its first query, so it stops at once and says what to run.
/// </summary>
public static class MigrationGuard
{
    public static async Task EnsureMigratedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var behind = new List<string>();
        foreach (var descriptor in services.GetServices<ModuleDatabaseDescriptor>())
        {
            await using var scope = services.CreateAsyncScope();
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(descriptor.ContextType);
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            if (pending > 0) behind.Add($"{descriptor.ModuleId} ({pending} pending)");
        }

        if (behind.Count > 0)
        {
            throw new ModularSocialWork.BuildingBlocks.Modules.StartupConfigurationException(
                $"the database is not migrated for: {string.Join(", ", behind)}. Run `dotnet ModularSocialWork.Host.dll migrate` " +
                "(or `dotnet run --project src/Host -- migrate`) once with the same configuration, then start the hosts.");
        }
    }
}

/// <summary><c>/health/ready</c>: every enabled module's database is reachable and has no pending migration.</summary>
public sealed class ModuleDatabasesHealthCheck(IServiceScopeFactory scopes, IEnumerable<ModuleDatabaseDescriptor> descriptors) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        var data = new Dictionary<string, object>();
        foreach (var descriptor in descriptors)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(descriptor.ContextType);
            try
            {
                if (!await db.Database.CanConnectAsync(cancellationToken))
                {
                    problems.Add($"{descriptor.ModuleId}: database unreachable");
                    continue;
                }

                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
                if (pending > 0) problems.Add($"{descriptor.ModuleId}: {pending} pending migration(s)");
                data[descriptor.ModuleId] = pending == 0 ? "ok" : $"{pending} pending";
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                problems.Add($"{descriptor.ModuleId}: {ex.GetType().Name}");
            }
        }

        return problems.Count == 0
            ? HealthCheckResult.Healthy("All module databases are reachable and migrated.", data)
            : HealthCheckResult.Unhealthy(string.Join("; ", problems), data: data);
    }
}
