using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.ChildProtection.Domain;

/// <summary>A case (个案) on a child; its <see cref="Status"/> only moves through <see cref="CaseStateMachine"/>.</summary>
internal sealed class ChildCase : AuditedEntity, IStationScoped
{
    public const int TextMaxLength = 2000;

    public Guid ChildProfileId { get; set; }
    public Guid StationId { get; set; }
    public CaseStatus Status { get; set; } = CaseStatus.Intake;
    public DateOnly IntakeDate { get; set; }
    public string IntakeReason { get; set; } = "";
    public Guid? AssignedWorkerId { get; set; }
    public LegalBasis LegalBasis { get; set; } = LegalBasis.StatutoryDuty;

    /// <summary>The assessment form's answers as <c>i0,i1,…</c> (see <see cref="RiskAssessmentForm"/>).</summary>
    public string? AssessmentAnswers { get; set; }
    public int? AssessmentScore { get; set; }
    public RiskLevel? AssessedRiskLevel { get; set; }
    public string? AssessmentNotes { get; set; }

    public string? PlanGoals { get; set; }
    public string? PlanActions { get; set; }

    public string? ClosureReason { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public int ReopenCount { get; set; }
}

/// <summary>Every transition of a case with who did it and the comment (approvals and returns carry the supervisor's).</summary>
internal sealed class CaseTransition : IStationScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid StationId { get; set; }
    public CaseAction Action { get; set; }
    public CaseStatus From { get; set; }
    public CaseStatus To { get; set; }
    public string? Comment { get; set; }
    public Guid? ByUserId { get; set; }
    public string ByName { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

/// <summary>A follow-up (跟进) of a case in service, due on a date; it shows in 我的待办 from that date until done.</summary>
internal sealed class CaseFollowUp : AuditedEntity, IStationScoped
{
    public Guid CaseId { get; set; }
    public Guid ChildProfileId { get; set; }
    public Guid StationId { get; set; }
    public Guid? AssignedWorkerId { get; set; }
    public DateOnly DueDate { get; set; }
    public string Task { get; set; } = "";
    public DateOnly? CompletedOn { get; set; }
    public string? Result { get; set; }
}
