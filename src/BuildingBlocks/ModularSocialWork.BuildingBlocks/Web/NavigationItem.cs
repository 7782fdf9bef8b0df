namespace ModularSocialWork.BuildingBlocks.Web;

/// <summary>One entry of the main navigation; shown only when the user holds <see cref="Permission"/> (when set).</summary>
public sealed record NavigationItem(string TitleZh, string TitleEn, string Url, string? Permission = null, int Order = 100, string? Icon = null)
{
    public string Title(bool english) => english ? TitleEn : TitleZh;
}
