using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.Platform.Domain;

/// <summary>A node of the station tree: the county bureau, a town station or a village/community sub-station.</summary>
internal sealed class Station : AuditedEntity
{
    public Guid? ParentId { get; set; }
    public required string Name { get; set; }

    /// <summary>Short stable identifier (pinyin), unique; used by seeds and scripts instead of the Guid.</summary>
    public required string Code { get; set; }

    public StationLevel Level { get; set; }

    /// <summary>The contracting agency (承接机构) that runs this station, if it is outsourced.</summary>
    public Guid? AgencyId { get; set; }

    public bool IsActive { get; set; } = true;
}
