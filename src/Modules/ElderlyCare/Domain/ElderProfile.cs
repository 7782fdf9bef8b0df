using ModularSocialWork.BuildingBlocks.Data;

namespace ModularSocialWork.Modules.ElderlyCare.Domain;

/// <summary>
/// The elderly-care view of a resident. Resident, station and worker live in Platform: only their ids are kept here,
/// never a foreign key across schemas.
/// </summary>
internal sealed class ElderProfile : AuditedEntity
{
    public const int NotesMaxLength = 2000;

    public Guid ResidentId { get; set; }
    public Guid StationId { get; set; }
    public RiskTier RiskTier { get; set; }
    public Guid? AssignedWorkerId { get; set; }
    public string? Notes { get; set; }
}
