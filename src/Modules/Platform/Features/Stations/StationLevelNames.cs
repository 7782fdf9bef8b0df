using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Web;

namespace ModularSocialWork.Modules.Platform.Features.Stations;

/// <summary>How each level of the tree is called locally (县 → 乡镇(街道)社工站 → 村(社区)社工室).</summary>
internal static class StationLevelNames
{
    public static string Zh(StationLevel level) => level switch
    {
        StationLevel.County => "县",
        StationLevel.Town => "乡镇(街道)社工站",
        StationLevel.Village => "村(社区)社工室",
        _ => level.ToString(),
    };

    public static string En(StationLevel level) => level switch
    {
        StationLevel.County => "County",
        StationLevel.Town => "Town station",
        StationLevel.Village => "Village sub-station",
        _ => level.ToString(),
    };

    public static string Display(StationLevel level) => UiText.Pick(Zh(level), En(level));
}
