using System.Globalization;

namespace ModularSocialWork.BuildingBlocks.PersonalData;

/// <summary>
/// A resident ID number (居民身份证号码, GB 11643-1999): 6-digit address code, birth date YYYYMMDD, 3-digit sequence (odd =
/// male), check character from ISO 7064 MOD 11-2. Parsing gives a clear Chinese message for each kind of mistake.
/// </summary>
public sealed record ChineseIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Province-level codes (first two digits) of GB/T 2260, plus 71/81/82 (Taiwan, Hong Kong, Macao).</summary>
    private static readonly HashSet<int> ProvinceCodes =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54,
        61, 62, 63, 64, 65, 71, 81, 82,
    ];

    private ChineseIdNumber(string value, DateOnly birthDate, bool isMale)
    {
        Value = value;
        BirthDate = birthDate;
        IsMale = isMale;
    }

    /// <summary>The 18 characters, check character upper-case.</summary>
    public string Value { get; }

    public DateOnly BirthDate { get; }

    public bool IsMale { get; }

    /// <summary>First 6 and last 4 characters, the rest hidden: how the number is shown unless revealed.</summary>
    public string Masked => Mask(Value);

    public static string Mask(string value) =>
        value.Length <= 10 ? new string('*', value.Length) : value[..6] + new string('*', value.Length - 10) + value[^4..];

    public int AgeOn(DateOnly day)
    {
        var age = day.Year - BirthDate.Year;
        if (day < BirthDate.AddYears(age)) age--;
        return age;
    }

    public override string ToString() => Masked;

    public static bool TryParse(string? input, DateOnly today, out ChineseIdNumber? idNumber, out string? error)
    {
        idNumber = null;
        var value = (input ?? "").Trim().ToUpperInvariant();
        if (value.Length == 0)
        {
            error = "请填写身份证号码。";
            return false;
        }

        if (value.Length != 18)
        {
            error = $"身份证号码应为 18 位，当前为 {value.Length} 位。";
            return false;
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                error = "身份证号码前 17 位必须是数字。";
                return false;
            }
        }

        if (!char.IsAsciiDigit(value[17]) && value[17] != 'X')
        {
            error = "身份证号码最后一位必须是数字或 X。";
            return false;
        }

        if (!ProvinceCodes.Contains((value[0] - '0') * 10 + (value[1] - '0')))
        {
            error = "身份证号码的地区码（前两位）不是有效的省级代码。";
            return false;
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate))
        {
            error = "身份证号码中的出生日期（第 7–14 位）不是真实日期。";
            return false;
        }

        if (birthDate.Year < 1900)
        {
            error = "身份证号码中的出生日期早于 1900 年。";
            return false;
        }

        if (birthDate > today)
        {
            error = "身份证号码中的出生日期晚于今天。";
            return false;
        }

        if (value[17] != CheckCharacterFor(value))
        {
            error = "身份证号码校验位不正确，请核对后重新输入。";
            return false;
        }

        idNumber = new ChineseIdNumber(value, birthDate, (value[16] - '0') % 2 == 1);
        error = null;
        return true;
    }

    /// <summary>The check character the first 17 digits call for.</summary>
    public static char CheckCharacterFor(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }
}
