using Microsoft.Extensions.Configuration;
using ModularSocialWork.BuildingBlocks.Data;

namespace ModularSocialWork.BuildingBlocks.Modules;

/// <summary>What the host tells a module while it registers its services.</summary>
public sealed class ModuleContext(ModuleManifest manifest, IConfiguration configuration, DatabaseSettings database)
{
    public ModuleManifest Manifest { get; } = manifest;
    public IConfiguration Configuration { get; } = configuration;
    public DatabaseSettings Database { get; } = database;

    /// <summary>The module's own section, <c>Modules:&lt;Id&gt;</c>.</summary>
    public IConfigurationSection ModuleConfiguration => Configuration.GetSection("Modules").GetSection(Manifest.Id);
}
