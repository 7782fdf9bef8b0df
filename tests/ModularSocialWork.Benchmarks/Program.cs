namespace ModularSocialWork.Benchmarks;

/// <summary>
/// Scenarios measured as ratios against a baseline run in the same process (these machines are shared and noisy).
/// Usage: <c>dotnet run -c Release --project tests/ModularSocialWork.Benchmarks -- residents [--count 100000] [--lookups 2000]</c>;
/// <c>... -- record-visit [--clients 16] [--seconds 5] [--warmup 15] [--rounds 4]</c>
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        var scenario = args.FirstOrDefault() ?? "help";
        switch (scenario)
        {
            case "residents":
                await ResidentsScenario.RunAsync(Option(args, "--count", 100_000), Option(args, "--lookups", 2_000));
                return 0;
            case "sweep":
                await SweepScenario.RunAsync(Option(args, "--plans", 1_000_000), Option(args, "--due", 100_000));
                return 0;
            case "record-visit":
                await RecordVisitScenario.RunAsync(Option(args, "--clients", 16), Option(args, "--seconds", 5), Option(args, "--warmup", 15), Option(args, "--rounds", 4));
                return 0;
            default:
                Console.WriteLine("scenarios: residents [--count N] [--lookups N] | sweep [--plans N] [--due N] | record-visit [--clients N] [--seconds N] [--warmup N] [--rounds N]");
                return scenario == "help" ? 0 : 1;
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }
}
