using Microsoft.Extensions.Configuration;
using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.Modules.Platform.Identity;

namespace ModularSocialWork.UnitTests.Accounts;

public sealed class AccountPolicyTests
{
    [Theory]
    [InlineData(null, "L2", 30)]
    [InlineData("L2", "L2", 30)]
    [InlineData("l3", "L3", 15)]
    public void The_profile_sets_two_factor_and_the_idle_timeout(string? value, string expected, int idleMinutes)
    {
        var policy = AccountPolicy.FromConfiguration(Config(value));
        Assert.Equal(expected, policy.Profile.ToString());
        Assert.Equal(expected == "L3", policy.TwoFactorRequired);
        Assert.Equal(TimeSpan.FromMinutes(idleMinutes), policy.IdleTimeout);
    }

    [Theory]
    [InlineData("L4")]
    [InlineData("high")]
    public void Any_other_profile_is_a_startup_configuration_error(string value) =>
        Assert.Contains("Security:Profile", Assert.Throws<StartupConfigurationException>(() => AccountPolicy.FromConfiguration(Config(value))).Message);

    [Fact]
    public void The_common_password_list_is_shipped_and_compared_case_insensitively()
    {
        Assert.True(CommonPasswordValidator.CommonPasswords.Count >= 200);
        Assert.True(CommonPasswordValidator.IsRefused("P@SSW0RD", "someone"));
        Assert.True(CommonPasswordValidator.IsRefused("qwer1234!", "someone"));
        Assert.False(CommonPasswordValidator.IsRefused("Tq7!vB2#xLm9", "someone"));
    }

    [Fact]
    public void A_password_containing_the_user_name_is_refused_but_short_names_are_not_looked_for()
    {
        Assert.True(CommonPasswordValidator.IsRefused("My-Wang.Fang-2026", "wang.fang"));
        Assert.False(CommonPasswordValidator.IsRefused("Li!Secret2026x", "li"));
    }

    [Fact]
    public void The_shared_key_is_shown_in_groups_of_four_and_the_uri_names_issuer_and_account()
    {
        Assert.Equal("abcd efgh ij", TwoFactorSetup.FormatKey("ABCDEFGHIJ"));
        Assert.Equal("otpauth://totp/ModularSocialWork:wu%40x?secret=KEY&issuer=ModularSocialWork&digits=6&period=30",
            TwoFactorSetup.AuthenticatorUri("wu@x", "KEY"));
        Assert.StartsWith("data:image/png;base64,", TwoFactorSetup.QrCodeDataUri("otpauth://totp/x?secret=KEY"));
    }

    private static IConfiguration Config(string? profile) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Security:Profile"] = profile }).Build();
}
