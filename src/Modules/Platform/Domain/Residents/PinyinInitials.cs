using System.Text;

namespace ModularSocialWork.Modules.Platform.Domain.Residents;

/// <summary>
/// Pinyin initials of a name (张三 → ZS) for search, with no pinyin package: the level-1 hanzi of GB2312 (3 755 common
/// characters) are ordered by pinyin, so the GB2312 code of a character says its initial through one boundary table.
/// Level-2 characters (ordered by radical) are looked up in a small table of common surname and given-name characters,
/// or skipped. Surnames with a special reading (单 Shàn, 曾 Zēng, 解 Xiè…) get it when they come first.
/// </summary>
internal static class PinyinInitials
{
    private static readonly Encoding Gb2312;

    // First GB2312 code of each initial (letters I, U, V start no syllable); level 1 ends before 0xD7FA.
    private static readonly (int Code, char Letter)[] Boundaries =
    [
        (0xB0A1, 'A'), (0xB0C5, 'B'), (0xB2C1, 'C'), (0xB4EE, 'D'), (0xB6EA, 'E'), (0xB7A2, 'F'), (0xB8C1, 'G'),
        (0xB9FE, 'H'), (0xBBF7, 'J'), (0xBFA6, 'K'), (0xC0AC, 'L'), (0xC2E8, 'M'), (0xC4C3, 'N'), (0xC5B6, 'O'),
        (0xC5BE, 'P'), (0xC6DA, 'Q'), (0xC8BB, 'R'), (0xC8F6, 'S'), (0xCBFA, 'T'), (0xCDDA, 'W'), (0xCEF4, 'X'),
        (0xD1B9, 'Y'), (0xD4D1, 'Z'),
    ];

    private const int LevelOneEnd = 0xD7F9;

    /// <summary>Common name characters outside GB2312 level 1 (or outside GB2312 entirely).</summary>
    private static readonly Dictionary<char, char> Extra = Build(
        ("闫", 'Y'), ("鄢", 'Y'), ("晏", 'Y'), ("邝", 'K'), ("亓", 'Q'), ("仉", 'Z'), ("宓", 'M'), ("郗", 'X'), ("佘", 'S'),
        ("靳", 'J'), ("蔺", 'L'), ("逯", 'L'), ("阚", 'K'), ("缪", 'M'), ("眭", 'S'), ("芮", 'R'), ("苻", 'F'), ("邬", 'W'),
        ("晁", 'C'), ("郜", 'G'), ("璩", 'Q'), ("濮", 'P'), ("扈", 'H'), ("訾", 'Z'), ("岑", 'C'), ("蒯", 'K'), ("钮", 'N'),
        ("昝", 'Z'), ("琚", 'J'), ("笪", 'D'), ("邸", 'D'), ("禚", 'Z'), ("隗", 'W'), ("覃", 'Q'), ("谌", 'C'), ("郯", 'T'),
        ("琪", 'Q'), ("琦", 'Q'), ("钰", 'Y'), ("昊", 'H'), ("萱", 'X'), ("璐", 'L'), ("瑜", 'Y'), ("琛", 'C'), ("晗", 'H'),
        ("煜", 'Y'), ("婕", 'J'), ("璇", 'X'), ("玥", 'Y'), ("淼", 'M'), ("鑫", 'X'), ("焱", 'Y'), ("垚", 'Y'), ("赟", 'Y'),
        ("翀", 'C'), ("昕", 'X'), ("晟", 'S'), ("旻", 'M'), ("昱", 'Y'), ("炜", 'W'), ("玮", 'W'), ("祎", 'Y'), ("懿", 'Y'),
        ("骞", 'Q'), ("彧", 'Y'), ("翊", 'Y'), ("奕", 'Y'), ("岚", 'L'), ("娅", 'Y'), ("嫣", 'Y'), ("琰", 'Y'), ("璟", 'J'),
        ("珺", 'J'), ("瑾", 'J'), ("璨", 'C'), ("皓", 'H'), ("喆", 'Z'), ("堃", 'K'), ("镕", 'R'), ("赜", 'Z'), ("弢", 'T'));

    /// <summary>Surnames read differently from the character's common reading (the GB2312 position follows the latter).</summary>
    private static readonly Dictionary<char, char> SurnameReadings = Build(
        ("单", 'S'), ("曾", 'Z'), ("解", 'X'), ("仇", 'Q'), ("朴", 'P'), ("区", 'O'), ("查", 'Z'), ("盖", 'G'), ("乐", 'Y'),
        ("尉", 'Y'), ("翟", 'Z'), ("员", 'Y'));

    static PinyinInitials()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb2312 = Encoding.GetEncoding("GB2312");
    }

    public static string Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var result = new StringBuilder(name.Length);
        Span<byte> bytes = stackalloc byte[4];
        var first = true;
        foreach (var c in name.Trim())
        {
            char? letter = null;
            if (char.IsAsciiLetter(c))
            {
                letter = char.ToUpperInvariant(c);
            }
            else if (first && SurnameReadings.TryGetValue(c, out var surname))
            {
                letter = surname;
            }
            else if (Extra.TryGetValue(c, out var extra))
            {
                letter = extra;
            }
            else if (c >= 0x4E00 && c <= 0x9FFF)
            {
                letter = FromGb2312(c, bytes);
            }

            if (letter is { } l) result.Append(l);
            if (!char.IsWhiteSpace(c) && c != '·' && c != '•') first = false;
        }

        return result.ToString();
    }

    private static char? FromGb2312(char c, Span<byte> bytes)
    {
        ReadOnlySpan<char> chars = [c];
        if (Gb2312.GetBytes(chars, bytes) != 2) return null;
        var code = bytes[0] << 8 | bytes[1];
        if (code < Boundaries[0].Code || code > LevelOneEnd) return null;
        for (var i = Boundaries.Length - 1; i >= 0; i--)
        {
            if (code >= Boundaries[i].Code) return Boundaries[i].Letter;
        }

        return null;
    }

    private static Dictionary<char, char> Build(params (string Character, char Letter)[] pairs) =>
        pairs.ToDictionary(p => p.Character[0], p => p.Letter);
}
