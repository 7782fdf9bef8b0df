using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>
/// One writer at a time per SQLite file, queued in process. SQLite admits a single writer per file; without a queue the
/// others poll through SQLite's busy handler, which sleeps 1, 2, 5, 10 … ms between tries and so misses most of the
/// moments the lock is free. The saves of one file therefore run one after another on that file's own writer thread:
/// the next save starts the moment the previous one commits, without first waiting for a thread-pool turn. (A semaphore
/// handed the lock to the next request's continuation through the thread-pool queue, and on two busy cores that hand-off
/// and the holder's pre-emption stretched every turn of the lock to about twice the save itself — the record-visit
/// benchmark measured a 1.6 ms cycle for a 0.8 ms save.)
/// </summary>
/// <remarks>
/// Only for <c>SaveChanges</c> without an explicit transaction: a transaction may already hold the file's write lock, and
/// making it wait for a writer that waits for that lock would deadlock; such work (the reminder sweep, imports, the audit
/// retention) keeps relying on busy_timeout — unless it is handed to the writer thread whole, as the audit group commit
/// is (<see cref="RunOnWriterThreadAsync"/>). Other processes on the same file (an operator command next to the
/// host) likewise still meet the busy handler. Server databases are never gated. The save runs synchronously on the
/// writer thread (Microsoft.Data.Sqlite's async methods are synchronous anyway) inside the caller's execution context,
/// so ambient state (the HTTP request, the trace) is the caller's; the caller waits for it and never touches the context
/// meanwhile.
/// </remarks>
public static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, FileWriter> Writers = new(StringComparer.Ordinal);

    /// <summary>How long a writer thread waits for work before it ends (the next save starts a new one). Tests shorten it.</summary>
    internal static TimeSpan IdleLifetime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many writer threads the file of <paramref name="connectionString"/> has had so far (tests).</summary>
    internal static int WriterThreadsStarted(string connectionString) =>
        Writers.TryGetValue(connectionString, out var writer) ? writer.Starts : 0;

    /// <summary>Completes when the writer thread of <paramref name="connectionString"/> running now has ended (tests).</summary>
    internal static Task WriterEndedAsync(string connectionString) =>
        Writers.TryGetValue(connectionString, out var writer) ? writer.Ended : Task.CompletedTask;

    /// <param name="saveSynchronously">The save, run on the file's writer thread when the save is gated.</param>
    /// <param name="saveAsync">The save when it is not gated (server databases, explicit transactions).</param>
    public static async Task<int> SaveChangesAsync(DbContext context, Func<int> saveSynchronously, Func<Task<int>> saveAsync, CancellationToken cancellationToken)
    {
        using var detected = DetectChangesHere(context);
        if (WriterFor(context) is not { } writer) return await saveAsync();
        return writer.IsCurrentThread ? saveSynchronously() : await writer.Enqueue(saveSynchronously, cancellationToken);
    }

    public static int SaveChanges(DbContext context, Func<int> save)
    {
        using var detected = DetectChangesHere(context);
        if (WriterFor(context) is not { } writer || writer.IsCurrentThread) return save();
        return writer.Enqueue(save, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the writer thread of the SQLite database named by <paramref name="connectionString"/>
    /// (the string its contexts report through <c>GetConnectionString()</c>), in turn with the file's saves. For work that
    /// writes the rows of several callers in one transaction of its own (the audit group commit): between two saves it
    /// never meets SQLite's busy handler on this process's own writers, and it needs no thread-pool turn to start. It runs
    /// without any caller's execution context, and must not wait for a save of the same file (that save queues behind it).
    /// </summary>
    public static Task RunOnWriterThreadAsync(string connectionString, Action work)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var writer = Writers.GetOrAdd(connectionString, static _ => new FileWriter());
        return writer.Enqueue(() =>
        {
            work();
            return 0;
        }, CancellationToken.None, flowExecutionContext: false);
    }

    /// <summary>
    /// Detects changes once, on the caller's thread, and switches automatic detection off until the save is over: EF would
    /// otherwise scan every tracked entity twice inside the save (the audit stamps list the entries, then the save itself
    /// detects again), on the writer thread that every save of the file waits for. A context whose owner switched
    /// automatic detection off (bulk imports) is left as it is.
    /// </summary>
    private static AutoDetectRestore DetectChangesHere(DbContext context)
    {
        var tracker = context.ChangeTracker;
        if (!tracker.AutoDetectChangesEnabled) return default;
        tracker.DetectChanges();
        tracker.AutoDetectChangesEnabled = false;
        return new AutoDetectRestore(tracker);
    }

    private readonly struct AutoDetectRestore(Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker? tracker) : IDisposable
    {
        public void Dispose()
        {
            if (tracker is not null) tracker.AutoDetectChangesEnabled = true;
        }
    }

    private static FileWriter? WriterFor(DbContext context)
    {
        if (context.Database.CurrentTransaction is not null || !context.Database.UsesSqlite()) return null;
        var file = context.Database.GetConnectionString();
        return string.IsNullOrEmpty(file) ? null : Writers.GetOrAdd(file, static _ => new FileWriter());
    }

    /// <summary>The writer thread of one file; it ends after a few idle seconds and starts again with the next save.</summary>
    private sealed class FileWriter
    {
        private readonly ConcurrentQueue<Save> queue = new();
        private readonly SemaphoreSlim queued = new(0);
        private readonly Lock sync = new();
        private Thread? thread;
        private TaskCompletionSource ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int starts;

        public int Starts => Volatile.Read(ref starts);

        public Task Ended
        {
            get
            {
                lock (sync) return thread is null ? Task.CompletedTask : ended.Task;
            }
        }

        public bool IsCurrentThread => ReferenceEquals(Thread.CurrentThread, thread);

        public Task<int> Enqueue(Func<int> save, CancellationToken cancellationToken, bool flowExecutionContext = true)
        {
            var work = new Save(save, flowExecutionContext ? ExecutionContext.Capture() : null, cancellationToken);
            queue.Enqueue(work);
            queued.Release();
            lock (sync)
            {
                if (thread is null)
                {
                    thread = new Thread(Run) { IsBackground = true, Name = "SQLite writer" };
                    ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    Interlocked.Increment(ref starts);
                    // Not Start(): that would run the thread inside the execution context of whichever request started
                    // it (its HttpContext, its user). Saves bring their caller's context; other work runs with none.
                    thread.UnsafeStart();
                }
            }

            return work.Completion.Task;
        }

        private void Run()
        {
            while (true)
            {
                if (!queued.Wait(IdleLifetime))
                {
                    lock (sync)
                    {
                        // Nothing arrived while idle: end; a save queued after this starts a new thread.
                        if (queue.IsEmpty)
                        {
                            thread = null;
                            ended.TrySetResult();
                            return;
                        }
                    }

                    continue;
                }

                if (queue.TryDequeue(out var work)) work.Run();
            }
        }
    }

    private sealed class Save(Func<int> save, ExecutionContext? caller, CancellationToken cancellationToken)
    {
        private static readonly ContextCallback RunSave = state => ((Save)state!).Execute();

        public TaskCompletionSource<int> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Run()
        {
            if (caller is null) Execute();
            else ExecutionContext.Run(caller, RunSave, this);
        }

        private void Execute()
        {
            // A request that went away while queued has nothing saved; once started, a save runs to its end.
            if (cancellationToken.IsCancellationRequested)
            {
                Completion.TrySetCanceled(cancellationToken);
                return;
            }

            try
            {
                Completion.TrySetResult(save());
            }
            catch (Exception ex)
            {
                Completion.TrySetException(ex);
            }
        }
    }
}
