using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.Host.Infrastructure;

namespace ModularSocialWork.Host.Composition;

/// <summary>Runs an enabled module's operator command (`dotnet ModularSocialWork.Host.dll audit-verify`) and exits.</summary>
public static class ModuleCommands
{
    public static async Task<int> RunAsync(WebApplication app, string name, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        var commands = catalog.Enabled.SelectMany(e => e.Module.Commands).ToList();
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            var known = string.Join(", ", new[] { "migrate" }.Concat(commands.Select(c => c.Name)));
            throw new ModuleCatalogException($"unknown command '{name}'. Commands: {known}. Settings are given as --Key=value.");
        }

        await MigrationGuard.EnsureMigratedAsync(app.Services, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        return await command.RunAsync(scope.ServiceProvider, arguments, Console.Out, cancellationToken);
    }
}
