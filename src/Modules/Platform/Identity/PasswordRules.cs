using FluentValidation;

namespace ModularSocialWork.Modules.Platform.Identity;

/// <summary>
/// The password policy as a FluentValidation rule (length, 3 of 4 classes, not common, not containing the user name),
/// shared by create, reset and change so every form says the same thing. Identity's validators check it again.
/// </summary>
internal static class PasswordRules
{
    public static IRuleBuilderOptions<T, string> StaffPassword<T>(
        this IRuleBuilderInitial<T, string> rule, Func<T, string?> userName, string emptyMessage = "请填写密码。") =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(emptyMessage)
            .MinimumLength(PlatformIdentityOptions.PasswordMinimumLength)
            .WithMessage($"密码长度至少为 {PlatformIdentityOptions.PasswordMinimumLength} 个字符。")
            .MaximumLength(128).WithMessage("密码不能超过 128 个字符。")
            .Must(CharacterClassPasswordValidator.MeetsPolicy).WithMessage(CharacterClassPasswordValidator.Error.Description)
            .Must((T command, string password) => !CommonPasswordValidator.IsRefused(password, userName(command)))
            .WithMessage(CommonPasswordValidator.Message);
}
