using System.ComponentModel;
using Hangfire;
using Hangfire.Storage;
using ModularSocialWork.BuildingBlocks.Jobs;
using ModularSocialWork.Host.Composition;

namespace ModularSocialWork.Host.Infrastructure;

/// <summary>
/// Keeps Hangfire's recurring jobs equal to the enabled modules' manifests at every start: adds or updates each declared
/// job in <c>Platform:TimeZone</c>, and removes every other recurring job (a disabled or removed module's jobs).
/// </summary>
public sealed class RecurringJobRegistrar(
    ModuleCatalog catalog, IRecurringJobManager jobs, JobStorage storage, IConfiguration configuration, ILogger<RecurringJobRegistrar> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var timeZone = PlatformTimeZone.From(configuration);
        var declared = RecurringJobCatalog.Enabled(catalog).ToList();
        foreach (var definition in declared)
        {
            jobs.AddOrUpdate<RecurringJobRunner>(
                definition.Id,
                runner => runner.RunAsync(definition.Id, CancellationToken.None),
                definition.Cron,
                new RecurringJobOptions { TimeZone = timeZone });
        }

        var keep = declared.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        using var connection = storage.GetConnection();
        foreach (var existing in connection.GetRecurringJobs())
        {
            if (keep.Contains(existing.Id)) continue;
            jobs.RemoveIfExists(existing.Id);
            logger.LogInformation("Removed recurring job {JobId}: no enabled module declares it", existing.Id);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class RecurringJobCatalog
{
    public static IEnumerable<RecurringJobDefinition> Enabled(ModuleCatalog catalog) =>
        catalog.Enabled.SelectMany(e => e.Module.RecurringJobs);
}

/// <summary>
/// The one Hangfire job type: it runs a module's <see cref="IRecurringJob"/> in its own DI scope, so modules never
/// reference Hangfire.
/// </summary>
public sealed class RecurringJobRunner(ModuleCatalog catalog, IServiceScopeFactory scopes, ILogger<RecurringJobRunner> logger)
{
    [DisplayName("{0}")]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(string jobId, CancellationToken cancellationToken)
    {
        var definition = RecurringJobCatalog.Enabled(catalog).FirstOrDefault(d => d.Id == jobId);
        if (definition is null)
        {
            logger.LogWarning("Recurring job {JobId} fired but no enabled module declares it; skipped", jobId);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var job = (IRecurringJob)scope.ServiceProvider.GetRequiredService(definition.JobType);
        await job.RunAsync(cancellationToken);
    }
}

public static class PlatformTimeZone
{
    public static TimeZoneInfo From(IConfiguration configuration) => BuildingBlocks.Time.CountyCalendar.TimeZoneFrom(configuration);
}
