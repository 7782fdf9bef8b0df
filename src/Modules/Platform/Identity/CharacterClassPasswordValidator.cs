using Microsoft.AspNetCore.Identity;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Identity;

/// <summary>
/// Requires at least three of four character classes (upper case, lower case, digit, symbol). Staff choose memorable
/// passwords more easily than with Identity's "all four" flags, and it is still far stronger than length alone.
/// </summary>
internal sealed class CharacterClassPasswordValidator : IPasswordValidator<StaffUser>
{
    public const string ErrorCode = "PasswordRequiresThreeCharacterClasses";
    public const int RequiredClasses = 3;

    public static readonly IdentityError Error = new()
    {
        Code = ErrorCode,
        Description = "密码须至少包含大写字母、小写字母、数字、符号中的三类。",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password) =>
        Task.FromResult(MeetsPolicy(password) ? IdentityResult.Success : IdentityResult.Failed(Error));

    public static bool MeetsPolicy(string? password) => password is not null && CountClasses(password) >= RequiredClasses;

    public static int CountClasses(string password)
    {
        bool upper = false, lower = false, digit = false, symbol = false;
        foreach (var c in password)
        {
            if (char.IsUpper(c)) upper = true;
            else if (char.IsLower(c)) lower = true;
            else if (char.IsDigit(c)) digit = true;
            // Letters without case (e.g. Chinese characters) and white space are not a class of their own.
            else if (char.IsPunctuation(c) || char.IsSymbol(c)) symbol = true;
        }

        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
