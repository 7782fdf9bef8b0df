using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Xunit;

namespace ModularSocialWork.IntegrationTests.Migrations;

/// <summary>No SQL Server runs here, so the deploy script (idempotent, as a DBA would run it) is parsed instead.</summary>
public sealed partial class SqlServerScriptTests
{
    [Theory]
    [MemberData(nameof(ModuleContextCatalog.SqlServerContexts), MemberType = typeof(ModuleContextCatalog))]
    public void Idempotent_script_parses_and_targets_the_module_schema(string contextName)
    {
        var @case = ModuleContextCatalog.Get(contextName);
        using var context = @case.CreateDesignTime();

        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        var errors = GoLine().Split(script)
            .Where(batch => !string.IsNullOrWhiteSpace(batch))
            .SelectMany(batch =>
            {
                parser.Parse(new StringReader(batch), out var batchErrors);
                return batchErrors.Select(e => $"line {e.Line}: {e.Message} in batch:\n{batch}");
            })
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n\n", errors));

        var schema = @case.Schema;
        Assert.Contains($"CREATE SCHEMA [{schema}]", script);
        Assert.Contains($"[{schema}].[__EFMigrationsHistory]", script);
        foreach (var table in context.Model.GetRelationalModel().Tables)
        {
            Assert.Equal(schema, table.Schema);
            Assert.Contains($"CREATE TABLE [{schema}].[{table.Name}]", script);
        }
    }

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();
}
