using ModularSocialWork.BuildingBlocks.Data;

namespace ModularSocialWork.Modules.ChildProtection.Domain;

/// <summary>
/// The child-protection view of a resident. Resident, station and worker live in Platform: only their ids are kept
/// here, never a foreign key across schemas.
/// </summary>
internal sealed class ChildProfile : AuditedEntity
{
    public Guid ResidentId { get; set; }
    public Guid StationId { get; set; }
    public ChildCategory Category { get; set; }
    public RiskLevel RiskLevel { get; set; }
    public Guid? AssignedWorkerId { get; set; }
}
