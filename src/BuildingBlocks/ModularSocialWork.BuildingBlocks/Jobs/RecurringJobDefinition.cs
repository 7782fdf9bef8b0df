namespace ModularSocialWork.BuildingBlocks.Jobs;

/// <summary>
/// A recurring job a module declares. The host schedules it (Hangfire) in <c>Platform:TimeZone</c>; modules never
/// reference Hangfire. <see cref="Id"/> is <c>&lt;kebab-module-id&gt;:&lt;job&gt;</c>.
/// </summary>
public sealed record RecurringJobDefinition(string Id, string Cron, Type JobType)
{
    public static RecurringJobDefinition For<TJob>(string id, string cron) where TJob : IRecurringJob => new(id, cron, typeof(TJob));
}

/// <summary>A unit of scheduled work. Resolved from a fresh DI scope for every run.</summary>
public interface IRecurringJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
