using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>Model rules every module context shares, whatever its base class.</summary>
public static class ModuleModelConventions
{
    public static void ConfigureConventions(ModelConfigurationBuilder configurationBuilder, DatabaseFacade database)
    {
        if (database.IsSqlite())
        {
            // SQLite stores DateTimeOffset as text, which cannot be compared or ordered in SQL; instants are always UTC
            // here, so a sortable 64-bit encoding is exact and lets the database filter by time.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    public static void Apply(ModelBuilder modelBuilder, string schema, DatabaseFacade database)
    {
        // SQLite has no schemas: one file per module instead (setting one only produces warning 30000).
        if (!database.IsSqlite()) modelBuilder.HasDefaultSchema(schema);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(IConcurrencyVersioned).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                modelBuilder.Entity(entityType.ClrType).Property(nameof(IConcurrencyVersioned.Version)).IsConcurrencyToken();
            }

            if (typeof(IAudited).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                modelBuilder.Entity(entityType.ClrType).Property(nameof(IAudited.CreatedBy)).HasMaxLength(256);
                modelBuilder.Entity(entityType.ClrType).Property(nameof(IAudited.UpdatedBy)).HasMaxLength(256);
            }
        }
    }
}
