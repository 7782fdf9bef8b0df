using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.ElderlyCare.Domain;

/// <summary>
/// County-editable policy: which tier a profile gets (<see cref="TierRule"/>, first match by <see cref="TierRule.Order"/>)
/// and how often each tier is visited (<see cref="TierCadence"/>). Defaults follow DOMAIN.md.
/// </summary>
internal sealed class TierRule : AuditedEntity
{
    public int Order { get; set; }
    public RiskTier Tier { get; set; }

    /// <summary>Matches when the elder carries any of these tag codes (comma-separated); empty = any tags.</summary>
    public string AnyOfTags { get; set; } = "";

    /// <summary>Matches only from this age on (null = any age).</summary>
    public int? MinimumAge { get; set; }

    public string DescriptionZh { get; set; } = "";
}

/// <summary>Visit cadence per tier: at least every <see cref="Months"/> months and <see cref="Days"/> days.</summary>
internal sealed class TierCadence : AuditedEntity
{
    public RiskTier Tier { get; set; }
    public int Months { get; set; }
    public int Days { get; set; }
}

/// <summary>One plan per elder: who visits, how often (from the tier), and when the next visit is due.</summary>
internal sealed class VisitPlan : AuditedEntity, IStationScoped
{
    public Guid ElderProfileId { get; set; }
    public Guid StationId { get; set; }
    public Guid? AssignedWorkerId { get; set; }
    public RiskTier Tier { get; set; }
    public DateOnly? LastVisitDate { get; set; }

    /// <summary>Regular due date from the cadence (or the plan start when never visited).</summary>
    public DateOnly RegularDueDate { get; set; }

    /// <summary>A major event asks for a visit within 24 h; cleared by the next visit.</summary>
    public DateOnly? UrgentDueDate { get; set; }

    /// <summary>The earlier of the two; what reminders and the overdue board use.</summary>
    public DateOnly NextDueDate { get; set; }
}

internal enum VisitMethod
{
    HomeVisit,      // 入户
    Phone,          // 电话
    Video,          // 视频
    Pairing,        // 结对帮扶
    Neighbour,      // 邻里
}

internal enum VisitorKind
{
    Staff,
    Volunteer,
}

internal enum FindingLevel
{
    Good,
    Attention,
    Urgent,
}

/// <summary>What a visit found; never edited after the fact except by its author on the same day.</summary>
internal sealed class VisitRecord : AuditedEntity, IStationScoped
{
    public Guid ElderProfileId { get; set; }
    public Guid StationId { get; set; }
    public DateOnly VisitDate { get; set; }
    public VisitMethod Method { get; set; }
    public VisitorKind VisitorKind { get; set; }
    public Guid? VisitorUserId { get; set; }
    public string VisitorName { get; set; } = "";
    public FindingLevel Living { get; set; }
    public FindingLevel Health { get; set; }
    public FindingLevel Safety { get; set; }
    public FindingLevel Mental { get; set; }
    public string? Findings { get; set; }
    public string? NeedsFound { get; set; }
    public string? Referral { get; set; }
    public string? NextSteps { get; set; }
}

internal enum MajorEventKind
{
    Hospitalised,
    Bereaved,
    ExtremeWeather,
    Other,
}

/// <summary>A major event that asks for a visit within 24 h (per elder, or per station for an extreme-weather alert).</summary>
internal sealed class MajorEvent : AuditedEntity, IStationScoped
{
    public Guid StationId { get; set; }
    public Guid? ElderProfileId { get; set; }
    public MajorEventKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }
    public string? Note { get; set; }
}

/// <summary>
/// A due or overdue visit for the assigned worker and the station manager. Unique (plan, due date): sweeping twice never
/// duplicates. Resolved when a visit is recorded on or after it became due.
/// </summary>
internal sealed class VisitReminder : IStationScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public Guid ElderProfileId { get; set; }
    public Guid StationId { get; set; }
    public Guid? AssignedWorkerId { get; set; }
    public DateOnly DueDate { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}

/// <summary>The last day the reminder sweep covered, so a sweep after downtime catches up exactly the missed days.</summary>
internal sealed class SweepWatermark : ModularSocialWork.BuildingBlocks.Reminders.ISweepWatermark
{
    public string JobId { get; set; } = "";
    public DateOnly LastSweptDate { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
