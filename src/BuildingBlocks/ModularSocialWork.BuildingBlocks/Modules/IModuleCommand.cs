namespace ModularSocialWork.BuildingBlocks.Modules;

/// <summary>
/// A command-line verb a module offers to operators, run as <c>dotnet ModularSocialWork.Host.dll &lt;name&gt; [args]</c>
/// (e.g. <c>audit-verify</c>). The host builds the full application (configuration, enabled modules, database) without
/// serving, runs the command in a DI scope and exits with its return code.
/// </summary>
public interface IModuleCommand
{
    /// <summary>Verb, kebab-case, unique across modules (e.g. <c>audit-verify</c>).</summary>
    string Name { get; }

    /// <summary>One line for the host's help text.</summary>
    string Description { get; }

    Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken);
}
