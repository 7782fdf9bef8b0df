using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Data;

/// <summary>
/// The Platform's one context (the only one module code injects). It derives from Identity's context, not
/// <see cref="ModuleDbContext"/>, so it applies the shared module conventions itself.
/// </summary>
internal abstract class PlatformDbContext(DbContextOptions options)
    : IdentityDbContext<StaffUser, StaffRole, Guid>(options), IDataProtectionKeyContext, IStationScopeSource
{
    /// <summary>The request's station scope, like <see cref="ModuleDbContext"/>: read as query parameters by the filter.</summary>
    public bool ScopeIsUnrestricted => StationScopeFilter.Resolve(this).VisibleStationIds is null;

    public IReadOnlyCollection<Guid> ScopeStationIds => StationScopeFilter.Resolve(this).VisibleStationIds ?? [];

    // Pooled like every module context (DbContextLease): back in the pool it keeps no reference to the finished request.
    public override void Dispose()
    {
        DbContextLease.Detach(this);
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        DbContextLease.Detach(this);
        return base.DisposeAsync();
    }

    public const string Schema = "platform";

    public DbSet<Station> Stations => Set<Station>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<StationBrand> StationBrands => Set<StationBrand>();
    public DbSet<SeededPermission> SeededPermissions => Set<SeededPermission>();
    public DbSet<Domain.Residents.Resident> Residents => Set<Domain.Residents.Resident>();
    public DbSet<Domain.Residents.Household> Households => Set<Domain.Residents.Household>();
    public DbSet<Domain.Residents.ConsentRecord> ResidentConsents => Set<Domain.Residents.ConsentRecord>();
    public DbSet<Domain.Audit.AuditEntry> AuditEntries => Set<Domain.Audit.AuditEntry>();
    public DbSet<Domain.Audit.AuditChainHead> AuditChainHeads => Set<Domain.Audit.AuditChainHead>();

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
        // Station-scoped entities (residents) get the same filter as module contexts. Stations themselves and the
        // Identity tables are not IStationScoped, so sign-in, seeding and the station tree are never filtered.
        StationScopeFilter.Apply(builder, this);
    }

    // Whether stations changed is read inside the save, where SqliteWriteGate has already detected changes once and
    // switched automatic detection off: listing the entries before the gate scanned every tracked entity a second time
    // (the audit chain saves through this context on every audited request).
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var stationsChanged = false;
        var saved = SqliteWriteGate.SaveChanges(this, () =>
        {
            stationsChanged = Scoping.StationTreeCache.HasStationChanges(this);
            return base.SaveChanges(acceptAllChangesOnSuccess);
        });
        if (stationsChanged) Scoping.StationTreeCache.InvalidateFor(this);
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var stationsChanged = false;
        var saved = await SqliteWriteGate.SaveChangesAsync(this,
            () =>
            {
                stationsChanged = Scoping.StationTreeCache.HasStationChanges(this);
                return base.SaveChanges(acceptAllChangesOnSuccess);
            },
            () =>
            {
                stationsChanged = Scoping.StationTreeCache.HasStationChanges(this);
                return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            },
            cancellationToken);
        if (stationsChanged) Scoping.StationTreeCache.InvalidateFor(this);
        return saved;
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
