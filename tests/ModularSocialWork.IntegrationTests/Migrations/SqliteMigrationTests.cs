using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Data;
using Xunit;

namespace ModularSocialWork.IntegrationTests.Migrations;

/// <summary>The embedded default: each module migrates into its own file under the data directory.</summary>
public sealed class SqliteMigrationTests
{
    [Theory]
    [MemberData(nameof(ModuleContextCatalog.SqliteContexts), MemberType = typeof(ModuleContextCatalog))]
    public async Task Migrations_create_the_module_file_and_its_tables(string contextName)
    {
        var @case = ModuleContextCatalog.Get(contextName);
        var directory = Directory.CreateTempSubdirectory("msw_mig_");
        try
        {
            var settings = new DatabaseSettings { Provider = DatabaseProvider.Sqlite, DataDirectory = directory.FullName };
            await using (var context = @case.Create(settings))
            {
                await context.Database.MigrateAsync();

                Assert.True(File.Exists(settings.SqliteFile(@case.Schema)), $"Expected the module file {settings.SqliteFile(@case.Schema)}.");
                var tables = await context.Database
                    .SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'")
                    .ToListAsync();
                // A distinct history table name per module: SQLite ignores the history table's schema.
                Assert.Contains(ModuleDbContextOptions.HistoryTable(DatabaseProvider.Sqlite, @case.Schema), tables);
                foreach (var table in context.Model.GetRelationalModel().Tables) Assert.Contains(table.Name, tables);

                await context.Database.MigrateAsync();
                Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            }
        }
        finally
        {
            // Pooled connections keep the file open.
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
