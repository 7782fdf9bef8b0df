using Microsoft.EntityFrameworkCore;
using Xunit;

namespace ModularSocialWork.IntegrationTests.Migrations;

/// <summary>Catches a model change that was committed without its migration, per module and provider (works offline).</summary>
public sealed class PendingModelChangesTests
{
    [Theory]
    [MemberData(nameof(ModuleContextCatalog.AllContexts), MemberType = typeof(ModuleContextCatalog))]
    public void Model_matches_the_latest_migration(string contextName)
    {
        var @case = ModuleContextCatalog.Get(contextName);
        using var context = @case.CreateDesignTime();

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(),
            $"{@case.ContextType.Name} has model changes without a migration. Run: dotnet ef migrations add <Name> " +
            $"--project <module> --startup-project <module> --context {@case.ContextType.Name} --output-dir Data/Migrations/{@case.Provider}");
    }
}
