using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.Brands.AntiFraud.Domain;

internal enum ActivityKind
{
    /// <summary>宣讲会: a group/community talk.</summary>
    Talk = 0,
    /// <summary>入户宣传: a session at an elder's home.</summary>
    HomeSession = 1,
}

/// <summary>One anti-fraud talk or home session at a station, with who attended (from the residents ledger).</summary>
internal sealed class Activity : AuditedEntity, IStationScoped
{
    public Guid StationId { get; set; }
    public ActivityKind Kind { get; set; }
    public required string Title { get; set; }
    public DateOnly Date { get; set; }
    public string? Location { get; set; }
    public FraudTypes FraudTypes { get; set; }

    /// <summary>Materials handed out (e.g. "防骗手册、反诈日历").</summary>
    public string? Materials { get; set; }

    public int MaterialsCount { get; set; }

    public List<Attendance> Attendees { get; set; } = [];
}

/// <summary>A resident at an activity; <see cref="ReportedSuspicious"/> raises a follow-up visit.</summary>
internal sealed class Attendance : IStationScoped
{
    public Guid ActivityId { get; set; }
    public Guid ResidentId { get; set; }

    /// <summary>Copied from the activity so served counts group without a join.</summary>
    public Guid StationId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Display name as the ledger had it (the ledger stays the source of truth).</summary>
    public required string ResidentName { get; set; }

    /// <summary>The resident reported a suspicious call or transfer request.</summary>
    public bool ReportedSuspicious { get; set; }

    public string? Note { get; set; }
}

/// <summary>A follow-up visit for a resident who reported a suspicious call or transfer request (我的待办).</summary>
internal sealed class FollowUp : AuditedEntity, IStationScoped
{
    public Guid StationId { get; set; }
    public Guid ResidentId { get; set; }
    public required string ResidentName { get; set; }
    public Guid ActivityId { get; set; }
    public DateOnly DueDate { get; set; }
    public string? Reason { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string? Outcome { get; set; }

    /// <summary>Set by the daily job when the follow-up is more than a week late (shown to station managers).</summary>
    public bool Escalated { get; set; }
}
