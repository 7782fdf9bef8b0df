using ModularSocialWork.BuildingBlocks.Data;

namespace ModularSocialWork.Modules.Platform.Domain;

/// <summary>承接机构: a social work organisation contracted by the county to run stations.</summary>
internal sealed class Agency : AuditedEntity
{
    public required string Name { get; set; }
    public string? Contact { get; set; }
    public string? Phone { get; set; }
}
