using Microsoft.Extensions.Configuration;
using ModularSocialWork.BuildingBlocks.Modules;

namespace ModularSocialWork.Modules.Platform.Identity;

/// <summary>等保 level the deployment is assessed at: <c>Security:Profile</c> = <c>L2</c> (default) or <c>L3</c>.</summary>
internal enum SecurityProfile
{
    L2,
    L3,
}

/// <summary>The account policy that follows from the security profile (read once at start).</summary>
internal sealed record AccountPolicy(SecurityProfile Profile)
{
    public const string ConfigurationKey = "Security:Profile";
    public const string L3RequiresTwoFactorMessage = "等保三级要求启用双重验证";

    public static AccountPolicy Default { get; } = new(SecurityProfile.L2);

    /// <summary>L3 requires two-factor sign-in for every account.</summary>
    public bool TwoFactorRequired => Profile == SecurityProfile.L3;

    /// <summary>Idle time after which a page session ends (sliding): 30 minutes at L2, 15 at L3.</summary>
    public TimeSpan IdleTimeout => Profile == SecurityProfile.L3 ? TimeSpan.FromMinutes(15) : TimeSpan.FromMinutes(30);

    public static AccountPolicy FromConfiguration(IConfiguration configuration)
    {
        var value = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(value)) return Default;
        return value.Trim().ToUpperInvariant() switch
        {
            "L2" => new AccountPolicy(SecurityProfile.L2),
            "L3" => new AccountPolicy(SecurityProfile.L3),
            _ => throw new StartupConfigurationException(
                $"配置项 {ConfigurationKey} 的值“{value}”无效：只能是 L2（等保二级，默认）或 L3（等保三级）。 / " +
                $"{ConfigurationKey} must be L2 (default) or L3, not '{value}'."),
        };
    }
}
