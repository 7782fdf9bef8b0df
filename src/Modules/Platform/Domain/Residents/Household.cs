using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.Platform.Domain.Residents;

/// <summary>A household (户): residents point to it with their relationship to its head.</summary>
internal sealed class Household : AuditedEntity, IStationScoped
{
    public Guid StationId { get; set; }
    public string? Address { get; set; }
    public Guid? HeadResidentId { get; set; }
}
