using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ModularSocialWork.BuildingBlocks.Data;

namespace ModularSocialWork.UnitTests.Data;

/// <summary>
/// Saves to one SQLite file run one after another on that file's writer thread. What callers must not notice: every save
/// commits, each one in its caller's ambient context (the HTTP request decides who is stamped as the author), and a
/// failing save fails only its own caller.
/// </summary>
public sealed class SqliteWriteGateTests : IAsyncLifetime
{
    private static readonly AsyncLocal<string?> Caller = new();

    private readonly string file = Path.Combine(Path.GetTempPath(), "msw-gate-" + Guid.NewGuid().ToString("N") + ".db");

    public async Task InitializeAsync()
    {
        await using var db = NewContext();
        await db.Database.EnsureCreatedAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Concurrent_saves_all_commit_each_in_its_callers_ambient_context_and_off_the_callers_thread()
    {
        var callers = Enumerable.Range(0, 40).Select(i => $"caller-{i}").ToList();
        var savedOnCallerThread = 0;

        await Task.WhenAll(callers.Select(name => Task.Run(async () =>
        {
            Caller.Value = name;
            await using var db = NewContext();
            db.Notes.Add(new Note { Text = name });
            var thread = Environment.CurrentManagedThreadId;
            db.SavedOnThread = -1;
            Assert.Equal(1, await db.SaveChangesAsync());
            if (db.SavedOnThread == thread) Interlocked.Increment(ref savedOnCallerThread);
        })));

        await using var check = NewContext();
        var notes = await check.Notes.AsNoTracking().ToListAsync();
        Assert.Equal(callers.Order(), notes.Select(n => n.Text).Order());
        Assert.All(notes, n => Assert.Equal(n.Text, n.Author)); // stamped inside the save from the caller's AsyncLocal
        Assert.Equal(0, savedOnCallerThread);
    }

    [Fact]
    public async Task A_failing_save_fails_its_own_caller_only_and_saves_inside_a_transaction_are_not_queued()
    {
        await using (var first = NewContext())
        {
            first.Notes.Add(new Note { Id = 7, Text = "first" });
            await first.SaveChangesAsync();
        }

        await using var duplicate = NewContext();
        duplicate.Notes.Add(new Note { Id = 7, Text = "again" });
        var saveOther = Task.Run(async () =>
        {
            await using var other = NewContext();
            other.Notes.Add(new Note { Text = "other" });
            return await other.SaveChangesAsync();
        });
        await Assert.ThrowsAsync<DbUpdateException>(() => duplicate.SaveChangesAsync());
        Assert.Equal(1, await saveOther);

        // Inside an explicit transaction the save runs on the caller's thread (it may already hold the write lock).
        await using var inTransaction = NewContext();
        await using var transaction = await inTransaction.Database.BeginTransactionAsync();
        inTransaction.Notes.Add(new Note { Text = "in transaction" });
        inTransaction.SavedOnThread = -1;
        var thread = Environment.CurrentManagedThreadId;
        await inTransaction.SaveChangesAsync();
        Assert.Equal(thread, inTransaction.SavedOnThread);
        await transaction.CommitAsync();

        await using var check = NewContext();
        Assert.Equal(["first", "in transaction", "other"], (await check.Notes.Select(n => n.Text).ToListAsync()).Order());
    }

    [Fact]
    public async Task A_writer_thread_that_went_idle_ends_and_saves_arriving_around_its_end_all_commit_on_a_new_one()
    {
        var idle = SqliteWriteGate.IdleLifetime;
        SqliteWriteGate.IdleLifetime = TimeSpan.FromMilliseconds(50);
        try
        {
            await SaveAsync("before");
            Assert.Equal(1, SqliteWriteGate.WriterThreadsStarted(ConnectionString));
            await SqliteWriteGate.WriterEndedAsync(ConnectionString).WaitAsync(TimeSpan.FromSeconds(30));

            // Saves in waves around the idle deadline: some reach a thread that is about to end, some start a new one.
            for (var wave = 0; wave < 5; wave++)
            {
                await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => SaveAsync($"wave {wave} save {i}")))).WaitAsync(TimeSpan.FromSeconds(20));
                await SqliteWriteGate.WriterEndedAsync(ConnectionString).WaitAsync(TimeSpan.FromSeconds(30));
            }

            Assert.True(SqliteWriteGate.WriterThreadsStarted(ConnectionString) >= 6, "each wave after an idle end needs a new writer thread");
        }
        finally
        {
            SqliteWriteGate.IdleLifetime = idle;
        }

        await using var check = NewContext();
        Assert.Equal(1 + 5 * 8, await check.Notes.CountAsync());
    }

    private string ConnectionString => $"Data Source={file};Pooling=True";

    private async Task SaveAsync(string text)
    {
        await using var db = NewContext();
        db.Notes.Add(new Note { Text = text });
        Assert.Equal(1, await db.SaveChangesAsync());
    }

    private NoteContext NewContext() => new(new DbContextOptionsBuilder<NoteContext>()
        .UseSqlite(ConnectionString)
        .AddInterceptors(new AuthorStamp(), new SqliteConnectionInterceptor("FULL"))
        .Options);

    private sealed class Note
    {
        public int Id { get; set; }
        public string Text { get; set; } = "";
        public string? Author { get; set; }
    }

    private sealed class NoteContext(DbContextOptions<NoteContext> options) : DbContext(options)
    {
        public DbSet<Note> Notes => Set<Note>();

        public int SavedOnThread { get; set; }

        public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
            SqliteWriteGate.SaveChangesAsync(this,
                () => base.SaveChanges(acceptAllChangesOnSuccess),
                () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
    }

    private sealed class AuthorStamp : SaveChangesInterceptor
    {
        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            Stamp(eventData.Context);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Stamp(eventData.Context);
            return ValueTask.FromResult(result);
        }

        private static void Stamp(DbContext? context)
        {
            if (context is not NoteContext notes) return;
            notes.SavedOnThread = Environment.CurrentManagedThreadId;
            foreach (var entry in notes.ChangeTracker.Entries<Note>().Where(e => e.State == EntityState.Added)) entry.Entity.Author ??= Caller.Value;
        }
    }
}
