using Microsoft.Extensions.Configuration;
using ModularSocialWork.BuildingBlocks.Modules;

namespace ModularSocialWork.Modules.Platform.Features.Audit;

/// <summary><c>Audit:RetentionDays</c>: how long audit rows are kept (default 400; at least 180, 等保 wants ≥ 6 months).</summary>
internal sealed class AuditOptions
{
    public const int DefaultRetentionDays = 400;
    public const int MinimumRetentionDays = 180;

    public int RetentionDays { get; init; } = DefaultRetentionDays;

    public static AuditOptions FromConfiguration(IConfiguration configuration)
    {
        var text = configuration["Audit:RetentionDays"];
        if (string.IsNullOrWhiteSpace(text)) return new AuditOptions();
        if (!int.TryParse(text, out var days))
        {
            throw new StartupConfigurationException($"Audit:RetentionDays '{text}' is not a whole number of days.");
        }

        if (days < MinimumRetentionDays)
        {
            throw new StartupConfigurationException(
                $"Audit:RetentionDays is {days}, but audit records must be kept at least {MinimumRetentionDays} days " +
                "(网络安全等级保护: ≥ 6 months). Raise it or remove the setting (default 400).");
        }

        return new AuditOptions { RetentionDays = days };
    }
}
