using System.Reflection;
using Microsoft.AspNetCore.Identity;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Identity;

/// <summary>
/// Refuses well-known weak passwords (an embedded list of common passwords, compared case-insensitively) and passwords
/// that contain the account's user name. Identity calls it for create, reset and change; the FluentValidation rules of
/// the commands reuse <see cref="IsRefused"/> so pages and API show the same message before Identity is reached.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<StaffUser>
{
    public const string ErrorCode = "PasswordTooCommon";
    public const string Message = "该密码过于常见，请换一个更难猜的密码。";
    public const string ResourceName = "ModularSocialWork.Modules.Platform.Identity.CommonPasswords.txt";

    /// <summary>User names shorter than this are not looked for inside the password ("li" would refuse too much).</summary>
    public const int MinimumUserNameLengthToCheck = 3;

    public static readonly IdentityError Error = new() { Code = ErrorCode, Description = Message };

    private static readonly Lazy<HashSet<string>> Blocklist = new(Load);

    public static IReadOnlyCollection<string> CommonPasswords => Blocklist.Value;

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password) =>
        Task.FromResult(IsRefused(password, user.UserName) ? IdentityResult.Failed(Error) : IdentityResult.Success);

    public static bool IsRefused(string? password, string? userName)
    {
        if (string.IsNullOrEmpty(password)) return false;
        if (Blocklist.Value.Contains(password.Trim())) return true;
        return userName is { Length: >= MinimumUserNameLengthToCheck } &&
               password.Contains(userName.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && !entry.StartsWith('#')) set.Add(entry);
        }

        return set;
    }
}
