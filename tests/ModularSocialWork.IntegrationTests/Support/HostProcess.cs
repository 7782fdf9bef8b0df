using System.Diagnostics;

namespace ModularSocialWork.IntegrationTests.Support;

/// <summary>
/// Runs the built host as its own process, as an operator would (`dotnet ModularSocialWork.Host.dll`), for what only a
/// real process shows: the exit code and the one message printed when start-up stops, and the `migrate` command.
/// </summary>
public static class HostProcess
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var hostDll = Path.Combine(AppContext.BaseDirectory, "ModularSocialWork.Host.dll");
        var workingDirectory = Directory.CreateTempSubdirectory("msw-host-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hostDll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__DataDirectory"] = Path.Combine(workingDirectory, "data");
        start.Environment["Urls"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"host did not exit within 2 minutes; output so far: {await output}");
        }

        var result = new Result(process.ExitCode, await output, await error);
        try { Directory.Delete(workingDirectory, recursive: true); } catch (IOException) { }
        return result;
    }
}
