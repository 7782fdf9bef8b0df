using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Jobs;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Web;

namespace ModularSocialWork.BuildingBlocks.Modules;

/// <summary>
/// The one public type of a module. The host calls these members only for enabled modules, in dependency order.
/// </summary>
public abstract class ModuleBase
{
    public abstract ModuleManifest Manifest { get; }

    /// <summary>Register the module's DbContext (see <see cref="Data.ModuleDbContextRegistration"/>) and options.</summary>
    public virtual void ConfigureServices(IServiceCollection services, ModuleContext context) { }

    /// <summary>Autofac registrations. MediatR handlers and validators of the module assembly are registered by the host.</summary>
    public virtual void ConfigureContainer(ContainerBuilder builder, ModuleContext context) { }

    /// <summary>Map the module's API under <paramref name="api"/>, a group already at <c>/api/&lt;kebab-id&gt;</c>.</summary>
    public virtual void MapEndpoints(RouteGroupBuilder api) { }

    /// <summary>Map endpoints outside the module prefix (only Platform should need this, e.g. <c>/api/auth</c>).</summary>
    public virtual void MapRootEndpoints(IEndpointRouteBuilder endpoints) { }

    public virtual IEnumerable<NavigationItem> Navigation => [];

    public virtual IEnumerable<PermissionDefinition> Permissions => [];

    public virtual IEnumerable<RecurringJobDefinition> RecurringJobs => [];

    /// <summary>Command-line verbs for operators (see <see cref="IModuleCommand"/>).</summary>
    public virtual IEnumerable<IModuleCommand> Commands => [];

    /// <summary>Work done once at start-up after migrations (seeding reference data). Runs in its own DI scope.</summary>
    public virtual Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
