using System.Numerics;
using CsCheck;
using ModularSocialWork.Modules.Platform.Domain;
using ModularSocialWork.Modules.Platform.Identity;
using Xunit;

namespace ModularSocialWork.UnitTests.Platform;

public sealed class CharacterClassPasswordValidatorTests
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Digits = "0123456789";
    private const string Symbols = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static readonly string[] Classes = [Upper, Lower, Digits, Symbols];

    [Theory]
    [InlineData("Abcdefg1")]      // upper, lower, digit
    [InlineData("abcdefg1!")]     // lower, digit, symbol
    [InlineData("ABCDEFG1!")]     // upper, digit, symbol
    [InlineData("Abcdefg!")]      // upper, lower, symbol
    [InlineData("Demo@2026pass")] // the demo password must itself pass
    [InlineData("Aa1!Aa1!")]
    public async Task Accepts_three_or_four_classes(string password)
    {
        var result = await new CharacterClassPasswordValidator().ValidateAsync(null!, new StaffUser(), password);
        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("abcdefgh")]
    [InlineData("abcdefg1")]
    [InlineData("ABCDEFGH!")]
    [InlineData("12345678!")]
    [InlineData("密码密码密码a1")] // letters without case are no class of their own
    [InlineData("Abc def ghi")]     // spaces are not symbols
    [InlineData("")]
    public async Task Rejects_fewer_than_three_classes_with_a_chinese_message(string password)
    {
        var result = await new CharacterClassPasswordValidator().ValidateAsync(null!, new StaffUser(), password);
        var error = Assert.Single(result.Errors);
        Assert.Equal(CharacterClassPasswordValidator.ErrorCode, error.Code);
        Assert.Contains("三类", error.Description);
    }

    [Fact]
    public void Null_is_refused() => Assert.False(CharacterClassPasswordValidator.MeetsPolicy(null));

    [Fact]
    public void Accepted_exactly_when_at_least_three_chosen_classes_are_present()
    {
        // A non-empty subset of the four classes; every chosen class appears at least once, nothing else does.
        var gen =
            from mask in Gen.Int[1, 15]
            from extra in Gen.String[Gen.Char[string.Concat(Chosen(mask))], 0, 20]
            from oneOfEach in Gen.Select(Gen.Char[Upper], Gen.Char[Lower], Gen.Char[Digits], Gen.Char[Symbols], (u, l, d, s) => new[] { u, l, d, s })
            let required = oneOfEach.Where((_, i) => (mask & (1 << i)) != 0)
            from shuffled in Gen.Shuffle(required.Concat(extra).ToArray())
            select (Mask: mask, Password: new string(shuffled));

        gen.Sample(x => CharacterClassPasswordValidator.MeetsPolicy(x.Password) == (BitOperations.PopCount((uint)x.Mask) >= 3));
    }

    [Fact]
    public void Agrees_with_a_plain_ascii_reference_count()
    {
        Gen.String[Gen.Char[' ', '~'], 0, 24].Sample(password =>
        {
            var expected = Classes.Count(c => password.Any(c.Contains));
            return CharacterClassPasswordValidator.CountClasses(password) == expected;
        });
    }

    [Fact]
    public void Generated_passwords_always_meet_the_policy()
    {
        Gen.Int[8, 40].Sample(length =>
        {
            var password = RandomPasswordGenerator.Generate(length);
            return password.Length == length && CharacterClassPasswordValidator.CountClasses(password) == 4;
        });
    }

    private static IEnumerable<string> Chosen(int mask) => Classes.Where((_, i) => (mask & (1 << i)) != 0);
}
