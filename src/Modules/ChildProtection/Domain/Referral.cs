using ModularSocialWork.BuildingBlocks.Data;

namespace ModularSocialWork.Modules.ChildProtection.Domain;

internal enum ReferralTarget
{
    Station = 0,               // 另一社工站
    MinorProtectionStation = 1, // 未成年人保护工作站
    PoliceStation = 2,         // 派出所
    School = 3,                // 学校
    Hospital = 4,              // 医院
    Agency = 5,                // 社会组织/承接机构
}

internal enum ReferralStatus
{
    Pending = 0,
    Accepted = 1,
    Rejected = 2,
}

/// <summary>
/// A referral (转介) of a case to another station, an agency or a department.
/// <para>
/// Deliberately NOT <c>IStationScoped</c>: it belongs to two sides. The station query filter keys on one station id, so
/// it would hide an incoming referral from the receiving station (and the write guard would refuse its answer). Instead
/// every referral query goes through <c>ReferralScope.Visible</c>, which keeps a referral when the caller sees EITHER
/// <see cref="FromStationId"/> or <see cref="ToStationId"/>; anything else is "not found" (404) like a scoped record.
/// The receiving station gets only what it needs to act — the child's name, age and category, and the reason — copied
/// here when the referral is made. The case itself stays station-scoped: the receiving station still gets 404 for it.
/// </para>
/// </summary>
internal sealed class ChildReferral : AuditedEntity
{
    public Guid CaseId { get; set; }
    public Guid ChildProfileId { get; set; }
    public Guid FromStationId { get; set; }
    public ReferralTarget Target { get; set; }

    /// <summary>The receiving station when <see cref="Target"/> is <see cref="ReferralTarget.Station"/>; else null.</summary>
    public Guid? ToStationId { get; set; }

    /// <summary>Name of the department or agency (e.g. 武康派出所), or the receiving station's name.</summary>
    public string TargetName { get; set; } = "";
    public string ChildName { get; set; } = "";
    public int? ChildAge { get; set; }
    public ChildCategory ChildCategory { get; set; }
    public string Reason { get; set; } = "";
    public ReferralStatus Status { get; set; }
    public string? ResponseReason { get; set; }
    public string? RespondedBy { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }
}
