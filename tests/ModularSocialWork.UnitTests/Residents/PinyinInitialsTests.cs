using ModularSocialWork.Modules.Platform.Domain.Residents;

namespace ModularSocialWork.UnitTests.Residents;

public sealed class PinyinInitialsTests
{
    [Theory]
    [InlineData("张三", "ZS")]
    [InlineData("李小明", "LXM")]
    [InlineData("欧阳娜娜", "OYNN")]
    [InlineData("王芳", "WF")]
    [InlineData("赵敏", "ZM")]
    [InlineData("阿强", "AQ")]
    [InlineData("座", "Z")]
    [InlineData("闫琪", "YQ")]         // both outside GB2312 level 1: the explicit table
    [InlineData("单雄信", "SXX")]      // surname reading Shàn, not dān
    [InlineData("曾国藩", "ZGF")]      // surname reading Zēng, not céng
    [InlineData("Tom李", "TOML")]
    [InlineData("  周 杰 ", "ZJ")]
    [InlineData("", "")]
    public void Initials(string name, string expected) => Assert.Equal(expected, PinyinInitials.Of(name));

    [Fact]
    public void Every_level_one_boundary_character_gets_its_letter()
    {
        // The first character of each initial in GB2312 level 1.
        var firsts = new[] { ("啊", 'A'), ("芭", 'B'), ("擦", 'C'), ("搭", 'D'), ("蛾", 'E'), ("发", 'F'), ("噶", 'G'), ("哈", 'H'),
            ("击", 'J'), ("喀", 'K'), ("垃", 'L'), ("妈", 'M'), ("拿", 'N'), ("哦", 'O'), ("啪", 'P'), ("期", 'Q'), ("然", 'R'),
            ("撒", 'S'), ("塌", 'T'), ("挖", 'W'), ("昔", 'X'), ("压", 'Y'), ("匝", 'Z') };
        foreach (var (character, letter) in firsts) Assert.Equal(letter.ToString(), PinyinInitials.Of(character));
    }

    [Fact]
    public void Unknown_characters_are_skipped() => Assert.Equal("L", PinyinInitials.Of("李𠀀"));
}
