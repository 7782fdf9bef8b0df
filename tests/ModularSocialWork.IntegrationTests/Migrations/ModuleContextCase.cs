using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ModularSocialWork.BuildingBlocks.Data;

namespace ModularSocialWork.IntegrationTests.Migrations;

/// <summary>One provider context of one module, e.g. ElderlyCare × PostgreSQL.</summary>
internal sealed record ModuleContextCase(string ModuleId, string Schema, DatabaseProvider Provider, Type ContextType, Type? FactoryType)
{
    /// <summary>Stable text key: xunit can serialise it, so every module × provider shows as its own test case.</summary>
    public string Name => ModuleId + ":" + ContextType.Name;

    /// <summary>The context exactly as <c>dotnet ef</c> builds it, through the module's design-time factory.</summary>
    public DbContext CreateDesignTime()
    {
        if (FactoryType is null)
        {
            throw new InvalidOperationException($"{ContextType.FullName} has no IDesignTimeDbContextFactory<{ContextType.Name}> in its assembly.");
        }

        var factoryInterface = typeof(IDesignTimeDbContextFactory<>).MakeGenericType(ContextType);
        var factory = Activator.CreateInstance(FactoryType, nonPublic: true)!;
        var create = factoryInterface.GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
        return (DbContext)create.Invoke(factory, [Array.Empty<string>()])!;
    }

    /// <summary>The context as the host configures it at run time (without the audit interceptor, which migrations do not need).</summary>
    public DbContext Create(DatabaseSettings settings)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(ContextType))!;
        ModuleDbContextOptions.Configure(builder, settings, Schema);
        var constructor = ContextType.GetConstructor(
            BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, [builder.Options.GetType()])
            ?? throw new InvalidOperationException($"{ContextType.FullName} needs a constructor taking DbContextOptions<{ContextType.Name}>.");
        return (DbContext)constructor.Invoke([builder.Options]);
    }

    public override string ToString() => Name;
}
