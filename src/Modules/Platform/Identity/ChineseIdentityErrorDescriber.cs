using Microsoft.AspNetCore.Identity;

namespace ModularSocialWork.Modules.Platform.Identity;

/// <summary>Identity's error messages in Chinese, the language staff read (codes stay the same for scripts).</summary>
internal sealed class ChineseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Make(nameof(DefaultError), "发生未知错误。");
    public override IdentityError ConcurrencyFailure() => Make(nameof(ConcurrencyFailure), "该记录已被他人修改，请刷新后重试。");
    public override IdentityError PasswordMismatch() => Make(nameof(PasswordMismatch), "密码不正确。");
    public override IdentityError InvalidToken() => Make(nameof(InvalidToken), "令牌无效或已过期。");
    public override IdentityError LoginAlreadyAssociated() => Make(nameof(LoginAlreadyAssociated), "该外部登录已关联到其他账号。");

    public override IdentityError InvalidUserName(string? userName) =>
        Make(nameof(InvalidUserName), $"用户名“{userName}”无效，只能包含字母、数字和 - . _ @ +。");

    public override IdentityError InvalidEmail(string? email) => Make(nameof(InvalidEmail), $"电子邮箱“{email}”无效。");
    public override IdentityError DuplicateUserName(string userName) => Make(nameof(DuplicateUserName), $"用户名“{userName}”已被使用。");
    public override IdentityError DuplicateEmail(string email) => Make(nameof(DuplicateEmail), $"电子邮箱“{email}”已被使用。");
    public override IdentityError InvalidRoleName(string? role) => Make(nameof(InvalidRoleName), $"角色名“{role}”无效。");
    public override IdentityError DuplicateRoleName(string role) => Make(nameof(DuplicateRoleName), $"角色名“{role}”已存在。");
    public override IdentityError UserAlreadyHasPassword() => Make(nameof(UserAlreadyHasPassword), "该账号已设置密码。");
    public override IdentityError UserLockoutNotEnabled() => Make(nameof(UserLockoutNotEnabled), "该账号未启用锁定功能。");
    public override IdentityError UserAlreadyInRole(string role) => Make(nameof(UserAlreadyInRole), $"该账号已属于角色“{role}”。");
    public override IdentityError UserNotInRole(string role) => Make(nameof(UserNotInRole), $"该账号不属于角色“{role}”。");
    public override IdentityError PasswordTooShort(int length) => Make(nameof(PasswordTooShort), $"密码长度至少为 {length} 个字符。");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Make(nameof(PasswordRequiresUniqueChars), $"密码至少须包含 {uniqueChars} 个不同的字符。");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Make(nameof(PasswordRequiresNonAlphanumeric), "密码须包含至少一个符号。");
    public override IdentityError PasswordRequiresDigit() => Make(nameof(PasswordRequiresDigit), "密码须包含至少一个数字。");
    public override IdentityError PasswordRequiresLower() => Make(nameof(PasswordRequiresLower), "密码须包含至少一个小写字母。");
    public override IdentityError PasswordRequiresUpper() => Make(nameof(PasswordRequiresUpper), "密码须包含至少一个大写字母。");
    public override IdentityError RecoveryCodeRedemptionFailed() => Make(nameof(RecoveryCodeRedemptionFailed), "恢复码无效。");

    private static IdentityError Make(string code, string description) => new() { Code = code, Description = description };
}
