using CsCheck;
using ModularSocialWork.BuildingBlocks.PersonalData;

namespace ModularSocialWork.UnitTests.Residents;

/// <summary>GB 11643 with random valid numbers: accepted; every single substitution and adjacent transposition: refused.</summary>
public sealed class ChineseIdNumberPropertyTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);
    private static readonly int[] Provinces = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65];

    private static readonly Gen<string> ValidNumber =
        from province in Gen.Int[0, Provinces.Length - 1].Select(i => Provinces[i])
        from area in Gen.Int[0, 9999]
        from days in Gen.Int[0, Today.DayNumber - new DateOnly(1900, 1, 1).DayNumber]
        from sequence in Gen.Int[0, 999]
        select WithCheck($"{province:00}{area:0000}{DateOnly.FromDayNumber(new DateOnly(1900, 1, 1).DayNumber + days):yyyyMMdd}{sequence:000}");

    private static string WithCheck(string first17) => first17 + ChineseIdNumber.CheckCharacterFor(first17);

    [Fact]
    public void Random_valid_numbers_are_accepted_with_birth_date_and_sex_derived() =>
        ValidNumber.Sample(number =>
        {
            Assert.True(ChineseIdNumber.TryParse(number, Today, out var id, out var error), error);
            Assert.Equal(number, id!.Value);
            Assert.Equal(DateOnly.ParseExact(number.Substring(6, 8), "yyyyMMdd"), id.BirthDate);
            Assert.Equal((number[16] - '0') % 2 == 1, id.IsMale);
            Assert.Equal(number[..6] + "********" + number[^4..], id.Masked);
        }, iter: 2000);

    [Fact]
    public void Every_single_digit_substitution_in_the_first_17_is_rejected() =>
        ValidNumber.Sample(number =>
        {
            for (var i = 0; i < 17; i++)
            {
                for (var d = '0'; d <= '9'; d++)
                {
                    if (d == number[i]) continue;
                    var changed = number[..i] + d + number[(i + 1)..];
                    Assert.False(ChineseIdNumber.TryParse(changed, Today, out _, out _), $"{changed} (from {number}) was accepted");
                }
            }
        }, iter: 300);

    [Fact]
    public void Every_adjacent_transposition_of_different_characters_is_rejected() =>
        ValidNumber.Sample(number =>
        {
            for (var i = 0; i < 17; i++)
            {
                if (number[i] == number[i + 1]) continue;
                var chars = number.ToCharArray();
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                var changed = new string(chars);
                Assert.False(ChineseIdNumber.TryParse(changed, Today, out _, out _), $"{changed} (from {number}) was accepted");
            }
        }, iter: 1000);

    [Fact]
    public void Lower_case_x_is_accepted_and_stored_upper_case()
    {
        Assert.True(ChineseIdNumber.TryParse("11010519491231002x", Today, out var id, out _));
        Assert.Equal("11010519491231002X", id!.Value);
        Assert.False(id.IsMale);
        Assert.Equal(new DateOnly(1949, 12, 31), id.BirthDate);
    }

    [Theory]
    [InlineData("340524198001010013", "校验位")]
    [InlineData("99010519491231002X", "地区码")]
    [InlineData("110105", "18 位")]
    [InlineData("1101051949123A002X", "前 17 位")]
    [InlineData("110105194902300020", "不是真实日期")]
    public void Invalid_numbers_get_a_chinese_message(string input, string expected)
    {
        Assert.False(ChineseIdNumber.TryParse(input, Today, out _, out var error));
        Assert.Contains(expected, error);
    }

    [Fact]
    public void A_future_birth_date_is_rejected()
    {
        var number = WithCheck("11010520260302001");
        Assert.False(ChineseIdNumber.TryParse(number, Today, out _, out var error));
        Assert.Contains("晚于今天", error);
    }

    [Fact]
    public void A_birth_date_before_1900_is_rejected()
    {
        var number = WithCheck("11010518991231001");
        Assert.False(ChineseIdNumber.TryParse(number, Today, out _, out var error));
        Assert.Contains("1900", error);
    }
}
