using Microsoft.AspNetCore.Identity;

namespace ModularSocialWork.Modules.Platform.Identity;

/// <summary>Identity options, shared by run time and the design-time factory (the table shape depends on them).</summary>
internal static class PlatformIdentityOptions
{
    public const int PasswordMinimumLength = 8;

    public static void Configure(IdentityOptions o)
    {
        // Length plus "3 of 4 character classes" (CharacterClassPasswordValidator) replaces the four all-or-nothing flags.
        o.Password.RequiredLength = PasswordMinimumLength;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;

        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;

        o.User.RequireUniqueEmail = false;
        o.SignIn.RequireConfirmedAccount = false;

        // Pinned: the default depends on the Identity version, and the migrations must match what the stores expect.
        o.Stores.SchemaVersion = IdentitySchemaVersions.Version2;
    }
}
