using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Data;
using SQLitePCL;

namespace ModularSocialWork.UnitTests.Data;

/// <summary>
/// EF's SQL functions and collation are registered once per native connection (<see cref="SqliteFunctionRegistration"/>).
/// What must hold: a statement compiled on a native connection stays compiled while EF closes and reopens it (that is the
/// point: Microsoft.Data.Sqlite registered and removed the functions at every open and close, and SQLite recompiles every
/// statement of the connection after each), and EF's translations that call those functions still answer right on a native
/// connection the pool hands back and on a brand-new one. Also fails if an upgrade of Microsoft.Data.Sqlite renames the
/// private fields this reaches (the registration then switches itself off).
/// </summary>
[Collection(nameof(SqliteFunctionRegistrationTests))]
public sealed class SqliteFunctionRegistrationTests : IAsyncLifetime
{
    /// <summary><c>SQLITE_STMTSTATUS_REPREPARE</c>: how often SQLite compiled the statement again before a run.</summary>
    private const int RecompileCounter = 5;

    private readonly string file = Path.Combine(Path.GetTempPath(), "msw-functions-" + Guid.NewGuid().ToString("N") + ".db");

    public async Task InitializeAsync()
    {
        await using var db = NewContext();
        await db.Database.EnsureCreatedAsync();
        db.Payments.AddRange(
            new Payment { Id = 1, Payee = "张三", Amount = 12.50m },
            new Payment { Id = 2, Payee = "李四", Amount = 3.25m },
            new Payment { Id = 3, Payee = "张小明", Amount = 100.05m });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_statement_stays_compiled_while_EF_closes_and_reopens_its_native_connection()
    {
        await using var db = NewContext();
        await db.Database.OpenConnectionAsync();
        var handle = Handle(db);
        var statement = Prepare(handle, "SELECT Payee FROM Payments WHERE Id = ?");
        Assert.Equal("张三", Run(statement, 1));

        for (var i = 0; i < 3; i++)
        {
            await db.Database.CloseConnectionAsync();
            await db.Database.OpenConnectionAsync();
        }

        // The pool hands the same native connection back (the only one this file has).
        Assert.Same(handle, Handle(db));
        Assert.Equal("李四", Run(statement, 2));
        Assert.True(SqliteFunctionRegistration.IsEnabled, "switched itself off: Microsoft.Data.Sqlite's connection internals changed");
        Assert.Equal(0, raw.sqlite3_stmt_status(statement, RecompileCounter, 0));
        statement.Dispose();
    }

    [Fact]
    public async Task EF_translations_that_call_its_functions_and_collation_answer_on_reused_and_new_native_connections()
    {
        // ef_compare (decimal comparison), ef_sum (decimal sum), EF_DECIMAL (decimal ordering), regexp (Regex.IsMatch).
        const string expected = "over 10: 3,1 | sum: 115.80 | 张…: 1,3";
        Assert.Equal(expected, await QueryAsync());   // a new native connection
        Assert.Equal(expected, await QueryAsync());   // the same one back from the pool, functions kept
        SqliteConnection.ClearAllPools();
        Assert.Equal(expected, await QueryAsync());   // a brand-new native connection gets them too

        async Task<string> QueryAsync()
        {
            await using var db = NewContext();
            var over10 = await db.Payments.Where(p => p.Amount > 10m).OrderByDescending(p => p.Amount).Select(p => p.Id).ToArrayAsync();
            var sum = await db.Payments.SumAsync(p => p.Amount);
            var zhang = await db.Payments.Where(p => Regex.IsMatch(p.Payee, "^张")).OrderBy(p => p.Id).Select(p => p.Id).ToArrayAsync();
            return $"over 10: {string.Join(',', over10)} | sum: {sum:0.00} | 张…: {string.Join(',', zhang)}";
        }
    }

    private static sqlite3 Handle(DbContext db) => ((SqliteConnection)db.Database.GetDbConnection()).Handle!;

    private static sqlite3_stmt Prepare(sqlite3 handle, string sql)
    {
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_prepare_v2(handle, sql, out var statement));
        return statement;
    }

    private static string Run(sqlite3_stmt statement, int id)
    {
        raw.sqlite3_bind_int(statement, 1, id);
        Assert.Equal(raw.SQLITE_ROW, raw.sqlite3_step(statement));
        var text = raw.sqlite3_column_text(statement, 0).utf8_to_string();
        raw.sqlite3_reset(statement);
        return text;
    }

    private PaymentsContext NewContext() => new(new DbContextOptionsBuilder<PaymentsContext>()
        .UseSqlite($"Data Source={file};Pooling=True")
        .AddInterceptors(SqliteFunctionRegistration.Instance)
        .Options);

    private sealed class Payment
    {
        public int Id { get; set; }
        public string Payee { get; set; } = "";
        public decimal Amount { get; set; }
    }

    private sealed class PaymentsContext(DbContextOptions<PaymentsContext> options) : DbContext(options)
    {
        public DbSet<Payment> Payments => Set<Payment>();
    }
}
