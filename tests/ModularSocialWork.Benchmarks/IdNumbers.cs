using ModularSocialWork.BuildingBlocks.PersonalData;

namespace ModularSocialWork.Benchmarks;

/// <summary>Valid, distinct GB 11643 numbers for synthetic residents (address code 330523, so they never collide with the demo residents of 德清 330521).</summary>
internal static class IdNumbers
{
    public static string For(int n)
    {
        // 36 500 birth dates × 999 sequence numbers: unique for n below 36 million.
        var birth = new DateOnly(1930, 1, 1).AddDays(n % 30000);
        var sequence = n / 30000 % 999 + 1;
        var first17 = $"330523{birth:yyyyMMdd}{sequence:000}";
        return first17 + ChineseIdNumber.CheckCharacterFor(first17);
    }

    private static readonly string[] Surnames = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "朱", "马", "胡", "郭", "沈", "钱"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "桂英", "建华"];

    public static string NameFor(int n) => Surnames[n % Surnames.Length] + Given[n / Surnames.Length % Given.Length] + Given[n / 7 % Given.Length];

    public static string PhoneFor(int n) => "13" + (n % 1_000_000_000).ToString("000000000");
}
