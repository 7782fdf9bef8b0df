using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Data;

namespace ModularSocialWork.UnitTests.Data;

/// <summary>
/// EF's SQLite statements are prepared once per native connection and reused (<see cref="SqliteStatementCache"/>). What must
/// hold: a reused statement answers exactly what a fresh one would (new parameter values, rows changed in between, a schema
/// changed in between), and the cache really works with this version of Microsoft.Data.Sqlite (it reaches two private fields
/// of the command: after an upgrade that renames them these tests fail instead of the cache silently switching itself off).
/// </summary>
[Collection(nameof(SqliteStatementCacheTests))]
public sealed class SqliteStatementCacheTests : IAsyncLifetime
{
    private readonly string file = Path.Combine(Path.GetTempPath(), "msw-stmt-" + Guid.NewGuid().ToString("N") + ".db");

    public async Task InitializeAsync()
    {
        await using var db = NewContext();
        await db.Database.EnsureCreatedAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_query_run_again_reuses_its_statement_and_reads_the_new_parameters_and_rows()
    {
        await using var db = NewContext();
        db.Notes.AddRange(new Note { Id = 1, Text = "一" }, new Note { Id = 2, Text = "二" });
        await db.SaveChangesAsync();
        await db.Database.OpenConnectionAsync();

        var before = SqliteStatementCache.Reused;
        var first = await TextOf(1);
        var second = await TextOf(2);
        await db.Database.ExecuteSqlRawAsync("UPDATE Notes SET Text = '改' WHERE Id = 2");
        var third = await TextOf(2);

        Assert.True(SqliteStatementCache.IsEnabled, "the cache switched itself off: Microsoft.Data.Sqlite's command internals changed");
        Assert.Equal(("一", "二", "改"), (first, second, third));
        Assert.True(SqliteStatementCache.Reused - before >= 2, $"expected the 2nd and 3rd query to reuse the 1st one's statement, reused {SqliteStatementCache.Reused - before}");

        // A variable, not a literal: EF sends it as a parameter, so the three queries share one SQL text.
        Task<string> TextOf(int id) => db.Notes.AsNoTracking().Where(n => n.Id == id).Select(n => n.Text).SingleAsync();
    }

    [Fact]
    public async Task A_statement_kept_from_before_a_schema_change_reads_the_changed_table()
    {
        await using (var db = NewContext())
        {
            db.Notes.Add(new Note { Id = 1, Text = "旧" });
            await db.SaveChangesAsync();
            await db.Database.OpenConnectionAsync();
            Assert.Equal("旧", await Read(db));

            // Another connection rewrites the table (same columns, new rows): SQLite re-prepares the kept statement itself.
            await using (var other = new SqliteConnection($"Data Source={file};Pooling=False"))
            {
                await other.OpenAsync();
                await using var command = other.CreateCommand();
                command.CommandText = "ALTER TABLE Notes RENAME TO OldNotes; CREATE TABLE Notes (Id INTEGER PRIMARY KEY, Text TEXT NOT NULL); INSERT INTO Notes VALUES (1, '新');";
                await command.ExecuteNonQueryAsync();
            }

            Assert.Equal("新", await Read(db));
        }

        static Task<string> Read(NotesContext db)
        {
            var id = 1;
            return db.Notes.AsNoTracking().Where(n => n.Id == id).Select(n => n.Text).SingleAsync();
        }
    }

    [Fact]
    public async Task Saves_reuse_their_insert_statements_across_contexts_and_every_row_is_written()
    {
        var before = SqliteStatementCache.Reused;
        for (var i = 1; i <= 20; i++)
        {
            await using var db = NewContext();
            db.Notes.Add(new Note { Id = i, Text = $"第{i}条" });
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        var texts = await check.Notes.OrderBy(n => n.Id).Select(n => n.Text).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"第{i}条"), texts);
        // The pool hands the one native connection back to each new context: its INSERT statement is prepared once.
        Assert.True(SqliteStatementCache.Reused - before >= 15, $"reused {SqliteStatementCache.Reused - before} of 20 inserts");
    }

    private NotesContext NewContext() => new(new DbContextOptionsBuilder<NotesContext>()
        .UseSqlite($"Data Source={file};Pooling=True")
        .AddInterceptors(SqliteStatementCache.Instance)
        .Options);

    private sealed class Note
    {
        public int Id { get; set; }
        public string Text { get; set; } = "";
    }

    private sealed class NotesContext(DbContextOptions<NotesContext> options) : DbContext(options)
    {
        public DbSet<Note> Notes => Set<Note>();
    }
}
