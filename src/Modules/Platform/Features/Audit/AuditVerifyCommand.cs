using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Modules;

namespace ModularSocialWork.Modules.Platform.Features.Audit;

/// <summary>
/// <c>dotnet ModularSocialWork.Host.dll audit-verify</c>: walks the audit chain and prints the result; exit code 0 when
/// intact, 2 when a link is broken (1 is the host's "start-up stopped").
/// </summary>
internal sealed class AuditVerifyCommand : IModuleCommand
{
    public const int BrokenExitCode = 2;

    public string Name => "audit-verify";

    public string Description => "校验审计日志哈希链 / Verify the audit log hash chain";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<AuditChainVerifier>().VerifyAsync(cancellationToken);
        await output.WriteLineAsync(result.Explanation);
        await output.WriteLineAsync(
            $"valid={result.Valid.ToString().ToLowerInvariant()} checkedCount={result.CheckedCount} " +
            $"firstBrokenSequence={result.FirstBrokenSequence?.ToString() ?? "-"} reason={result.Reason ?? "-"}");
        return result.Valid ? 0 : BrokenExitCode;
    }
}
