namespace ModularSocialWork.Modules.Platform.Domain;

/// <summary>
/// A brand service (一站一特色) a station runs: the station and the brand module's id. The module id is a plain string,
/// not a key into another schema; a brand whose module is no longer installed keeps its rows and simply is not shown.
/// </summary>
internal sealed class StationBrand
{
    public Guid StationId { get; set; }
    public required string ModuleId { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
    public string? AssignedBy { get; set; }
}
