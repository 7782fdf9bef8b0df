using System.Collections.Concurrent;

namespace ModularSocialWork.Modules.Platform.Features.Residents;

/// <summary>
/// Progress of running imports, in memory (one host; a page polls the host that runs its import). Keyed by a random id
/// the page chooses, and readable only by the user who started it.
/// </summary>
internal sealed class ImportProgressRegistry(TimeProvider clock)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Guid, ImportProgress> imports = new();

    public ImportProgress Start(Guid id, string? userName)
    {
        var now = clock.GetUtcNow();
        foreach (var (key, old) in imports)
        {
            if (now - old.StartedAt > KeepFor) imports.TryRemove(key, out _);
        }

        var progress = new ImportProgress(userName, now);
        imports[id] = progress;
        return progress;
    }

    public ImportProgress? Find(Guid id, string? userName) =>
        imports.TryGetValue(id, out var progress) && progress.UserName == userName ? progress : null;
}

internal sealed class ImportProgress(string? userName, DateTimeOffset startedAt)
{
    private volatile string phase = ImportPhase.Validating;
    private int processed;
    private int total;

    public string? UserName { get; } = userName;
    public DateTimeOffset StartedAt { get; } = startedAt;
    public string Phase => phase;
    public int Processed => Volatile.Read(ref processed);

    /// <summary>Rows found by the validation pass; 0 while it runs.</summary>
    public int Total => Volatile.Read(ref total);

    public void Report(int rows) => Volatile.Write(ref processed, rows);

    public void Enter(string newPhase, int rowTotal)
    {
        Volatile.Write(ref total, rowTotal);
        Volatile.Write(ref processed, 0);
        phase = newPhase;
    }

    public void Finish(string outcome) => phase = outcome;
}

internal static class ImportPhase
{
    public const string Validating = "validating";
    public const string Saving = "saving";
    public const string Succeeded = "succeeded";
    public const string Rejected = "rejected";
    public const string Failed = "failed";

    public static string Chinese(string phase) => phase switch
    {
        Validating => "正在校验",
        Saving => "正在写入",
        Succeeded => "已完成",
        Rejected => "校验未通过，未导入任何数据",
        _ => "导入失败",
    };
}
