using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.Brands.BrandTemplate.Domain;

/// <summary>One service the station gave under this brand (an activity, a session…) and how many people it served.</summary>
internal sealed class ServiceRecord : AuditedEntity, IStationScoped
{
    public Guid StationId { get; set; }
    public DateOnly Date { get; set; }
    public required string Title { get; set; }
    public int PeopleServed { get; set; }
}
