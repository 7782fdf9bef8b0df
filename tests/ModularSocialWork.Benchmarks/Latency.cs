using System.Diagnostics;

namespace ModularSocialWork.Benchmarks;

/// <summary>Per-call latencies of one scenario, summarised as percentiles.</summary>
internal sealed class Latency
{
    private readonly List<double> milliseconds = [];

    public static async Task<Latency> MeasureAsync(int warmup, int count, Func<int, Task> call)
    {
        for (var i = 0; i < warmup; i++) await call(i);
        var latency = new Latency();
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call(warmup + i);
            latency.milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return latency;
    }

    public double P50 => Percentile(0.50);
    public double P99 => Percentile(0.99);

    private double Percentile(double p)
    {
        var sorted = milliseconds.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
