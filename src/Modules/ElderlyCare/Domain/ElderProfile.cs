using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.ElderlyCare.Domain;

/// <summary>
/// The elderly-care view of a resident. Resident, station and worker live in Platform: only their ids are kept here,
/// never a foreign key across schemas. Station-scoped: staff see and write the elders of their station subtree only.
/// </summary>
internal sealed class ElderProfile : AuditedEntity, IStationScoped
{
    public const int NotesMaxLength = 2000;

    public Guid ResidentId { get; set; }
    public Guid StationId { get; set; }
    public RiskTier RiskTier { get; set; }
    public Guid? AssignedWorkerId { get; set; }
    public string? Notes { get; set; }
}
