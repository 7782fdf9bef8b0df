using System.Diagnostics;

namespace ModularSocialWork.Benchmarks;

/// <summary>Wall time of a piece of work and how far the process's working set grew above where it started.</summary>
internal static class Footprint
{
    /// <summary>Samples the working set every 20 ms while <paramref name="work"/> runs (peak growth, not the end value).</summary>
    public static async Task<(double Seconds, long PeakBytes)> MeasureAsync(Func<Task> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var startBytes = process.WorkingSet64;
        var peak = startBytes;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
            while (await timer.WaitForNextTickAsync(stop.Token).ConfigureAwait(false))
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
            }
        });
        var started = Stopwatch.GetTimestamp();
        await work();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await stop.CancelAsync();
        try { await sampler; } catch (OperationCanceledException) { }
        process.Refresh();
        peak = Math.Max(peak, process.WorkingSet64);
        return (seconds, peak - startBytes);
    }
}
