using System.Text.RegularExpressions;
using FluentValidation;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.Modules.Platform.Domain.Residents;

namespace ModularSocialWork.Modules.Platform.Features.Residents;

/// <summary>The fields register, edit and import share: one set of rules and Chinese messages.</summary>
internal static partial class ResidentRules
{
    /// <summary>Mainland mobile (1[3-9]x, 11 digits) or landline with area code (0572-8000001, 057288000001).</summary>
    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$")]
    private static partial Regex PhonePattern();

    public const string PhoneMessage = "电话号码格式不正确：请填写 11 位手机号或带区号的固定电话（如 0572-8000001）。";

    public static string? NormalizePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        return phone.Trim().Replace(" ", "", StringComparison.Ordinal);
    }

    public static bool IsValidPhone(string? phone) => phone is null || PhonePattern().IsMatch(phone);

    public static string MaskPhone(string phone)
    {
        var digits = phone.Replace("-", "", StringComparison.Ordinal);
        if (digits.Length == 11 && digits[0] == '1') return digits[..3] + "****" + digits[^4..];
        return digits.Length <= 4 ? new string('*', digits.Length) : new string('*', digits.Length - 4) + digits[^4..];
    }

    public static bool TryParseIdNumber(string? input, DateOnly today, out ChineseIdNumber? id, out string? error) =>
        ChineseIdNumber.TryParse(input, today, out id, out error);

    /// <summary>Age on a day from a birth date.</summary>
    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        if (day < birth.AddYears(age)) age--;
        return age;
    }

    public static void Name<T>(IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("请填写姓名。")
            .Must(n => n!.Trim().Length <= Resident.NameMaxLength).WithMessage($"姓名不能超过 {Resident.NameMaxLength} 个字符。");

    public static void Optional<T>(IRuleBuilderInitial<T, string?> rule, int max, string label) =>
        rule.Must(v => v is null || v.Trim().Length <= max).WithMessage($"{label}不能超过 {max} 个字符。");

    public static void Tags<T>(IRuleBuilderInitial<T, IReadOnlyList<string>?> rule) =>
        rule.Must(tags => tags is null || tags.All(ResidentTags.IsKnown)).WithMessage("对象类别无效。");
}
