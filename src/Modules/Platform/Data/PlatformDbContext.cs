using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Data;

/// <summary>
/// The Platform's one context (the only one module code injects). It derives from Identity's context, not
/// <see cref="ModuleDbContext"/>, so it applies the shared module conventions itself.
/// </summary>
internal abstract class PlatformDbContext(DbContextOptions options)
    : IdentityDbContext<StaffUser, StaffRole, Guid>(options), IDataProtectionKeyContext
{
    public const string Schema = "platform";

    public DbSet<Station> Stations => Set<Station>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<SeededPermission> SeededPermissions => Set<SeededPermission>();

    /// <summary>The Data Protection key ring, shared by every host (see <c>PlatformModule.ConfigureServices</c>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Identity would read its table layout version from IdentityOptions in the application services, which design time,
    /// tests and EF's model cache (one model per context type) do not all see: pin it here so every path builds one model.
    /// </summary>
    protected override Version SchemaVersion => Microsoft.AspNetCore.Identity.IdentitySchemaVersions.Version2;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        ModuleModelConventions.ConfigureConventions(configurationBuilder, Database);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        PinIdentityColumnLengths(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);
        ModuleModelConventions.Apply(builder, Schema, Database);
    }

    /// <summary>
    /// Identity sizes some columns from <c>IdentityOptions.Stores</c> in the application services (token providers set
    /// MaxLengthForKeys = 128 at run time; design time has no such services). Fix them here so that every path builds the
    /// same model and the migrations match what runs.
    /// </summary>
    private static void PinIdentityColumnLengths(ModelBuilder builder)
    {
        const int keyLength = 128;
        builder.Entity<StaffUser>().Property(u => u.PhoneNumber).HasMaxLength(256);
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>(login =>
        {
            login.Property(l => l.LoginProvider).HasMaxLength(keyLength);
            login.Property(l => l.ProviderKey).HasMaxLength(keyLength);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>(token =>
        {
            token.Property(t => t.LoginProvider).HasMaxLength(keyLength);
            token.Property(t => t.Name).HasMaxLength(keyLength);
        });
    }
}
