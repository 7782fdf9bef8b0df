using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Data;
using Xunit;

namespace ModularSocialWork.IntegrationTests.Migrations;

/// <summary>
/// Applies every module's PostgreSQL migrations to one real database, as a deployment does: each module lands in its own
/// schema with its own history table, so same-named tables of two modules cannot clash.
/// </summary>
public sealed class PostgresMigrationTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Theory]
    [MemberData(nameof(ModuleContextCatalog.PostgresContexts), MemberType = typeof(ModuleContextCatalog))]
    public async Task Migrations_apply_into_the_module_schema_and_rerun_as_a_no_op(string contextName)
    {
        var @case = ModuleContextCatalog.Get(contextName);
        var settings = new DatabaseSettings { Provider = DatabaseProvider.PostgreSql, ConnectionString = database.ConnectionString };
        var schema = @case.Schema;

        await using (var context = @case.Create(settings))
        {
            await context.Database.MigrateAsync();

            Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
            Assert.Single(await Names(context, $"SELECT schema_name AS \"Value\" FROM information_schema.schemata WHERE schema_name = {schema}"));

            var tables = await Names(context, $"SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = {schema}");
            Assert.Contains(ModuleDbContextOptions.HistoryTable(DatabaseProvider.PostgreSql, schema), tables);
            foreach (var table in context.Model.GetRelationalModel().Tables)
            {
                Assert.Equal(schema, table.Schema);
                Assert.Contains(table.Name, tables);
            }
        }

        // A second deploy (or a second host starting) must find nothing to do and change nothing.
        await using (var again = @case.Create(settings))
        {
            var historyBefore = await HistoryRows(again, schema);
            await again.Database.MigrateAsync();
            Assert.Empty(await again.Database.GetPendingMigrationsAsync());
            Assert.Equal(historyBefore, await HistoryRows(again, schema));
        }
    }

    private static Task<List<string>> Names(DbContext context, FormattableString sql) =>
        context.Database.SqlQuery<string>(sql).ToListAsync();

    private static Task<List<string>> HistoryRows(DbContext context, string schema)
    {
        // Identifiers cannot be parameters; the schema is a module constant, quoted here, never user input.
        var history = QuoteIdentifier(schema) + "." + QuoteIdentifier(ModuleDbContextOptions.HistoryTable(DatabaseProvider.PostgreSql, schema));
        var sql = "SELECT \"MigrationId\" AS \"Value\" FROM " + history + " ORDER BY 1";
        return context.Database.SqlQueryRaw<string>(sql).ToListAsync();
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
