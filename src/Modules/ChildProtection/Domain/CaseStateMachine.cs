namespace ModularSocialWork.Modules.ChildProtection.Domain;

/// <summary>Where a case stands: 受理 → 评估 → 服务计划 → 服务与跟进 → 结案; each gate waits for the supervisor.</summary>
internal enum CaseStatus
{
    Intake = 0,              // 受理（待评估）
    AssessmentSubmitted = 1, // 评估待审批
    Planning = 2,            // 服务计划
    PlanSubmitted = 3,       // 服务计划待审批
    InService = 4,           // 服务与跟进
    ClosureRequested = 5,    // 结案待审批
    Closed = 6,              // 已结案
}

internal enum CaseAction
{
    SubmitAssessment = 0,
    ApproveAssessment = 1,
    ReturnAssessment = 2,
    SubmitPlan = 3,
    ApprovePlan = 4,
    ReturnPlan = 5,
    RequestClosure = 6,
    ApproveClosure = 7,
    ReturnClosure = 8,
    Reopen = 9,
}

/// <summary>
/// The whole case lifecycle as one table: (status, action) → next status. Pure, so it is property-tested; handlers ask it
/// before changing anything and answer 409 with <see cref="RefusalMessage"/> when it says no.
/// </summary>
internal static class CaseStateMachine
{
    public static readonly IReadOnlyDictionary<(CaseStatus From, CaseAction Action), CaseStatus> Table =
        new Dictionary<(CaseStatus, CaseAction), CaseStatus>
        {
            [(CaseStatus.Intake, CaseAction.SubmitAssessment)] = CaseStatus.AssessmentSubmitted,
            [(CaseStatus.AssessmentSubmitted, CaseAction.ApproveAssessment)] = CaseStatus.Planning,
            [(CaseStatus.AssessmentSubmitted, CaseAction.ReturnAssessment)] = CaseStatus.Intake,
            [(CaseStatus.Planning, CaseAction.SubmitPlan)] = CaseStatus.PlanSubmitted,
            [(CaseStatus.PlanSubmitted, CaseAction.ApprovePlan)] = CaseStatus.InService,
            [(CaseStatus.PlanSubmitted, CaseAction.ReturnPlan)] = CaseStatus.Planning,
            [(CaseStatus.InService, CaseAction.RequestClosure)] = CaseStatus.ClosureRequested,
            [(CaseStatus.ClosureRequested, CaseAction.ApproveClosure)] = CaseStatus.Closed,
            [(CaseStatus.ClosureRequested, CaseAction.ReturnClosure)] = CaseStatus.InService,
            // A reopened case is assessed again: the child's situation has changed since it was closed.
            [(CaseStatus.Closed, CaseAction.Reopen)] = CaseStatus.Intake,
        };

    /// <summary>The supervisor's decisions (station manager or county): they need <c>ChildProtection.Cases.Approve</c>.</summary>
    public static bool IsSupervisorDecision(CaseAction action) => action is
        CaseAction.ApproveAssessment or CaseAction.ReturnAssessment or
        CaseAction.ApprovePlan or CaseAction.ReturnPlan or
        CaseAction.ApproveClosure or CaseAction.ReturnClosure;

    public static bool TryNext(CaseStatus from, CaseAction action, out CaseStatus next) => Table.TryGetValue((from, action), out next);

    public static IReadOnlyList<CaseAction> AllowedActions(CaseStatus from) =>
        Table.Keys.Where(k => k.From == from).Select(k => k.Action).OrderBy(a => a).ToList();

    /// <summary>The pending approval's approve/return actions, or null when the case waits for no supervisor.</summary>
    public static (CaseAction Approve, CaseAction Return)? PendingDecision(CaseStatus status) => status switch
    {
        CaseStatus.AssessmentSubmitted => (CaseAction.ApproveAssessment, CaseAction.ReturnAssessment),
        CaseStatus.PlanSubmitted => (CaseAction.ApprovePlan, CaseAction.ReturnPlan),
        CaseStatus.ClosureRequested => (CaseAction.ApproveClosure, CaseAction.ReturnClosure),
        _ => null,
    };

    /// <summary>Follow-ups are planned and done while the case is in service (or waiting for closure).</summary>
    public static bool AcceptsFollowUps(CaseStatus status) => status is CaseStatus.InService or CaseStatus.ClosureRequested;

    public static string StatusZh(CaseStatus status) => status switch
    {
        CaseStatus.Intake => "受理（待评估）",
        CaseStatus.AssessmentSubmitted => "评估待审批",
        CaseStatus.Planning => "服务计划",
        CaseStatus.PlanSubmitted => "服务计划待审批",
        CaseStatus.InService => "服务与跟进",
        CaseStatus.ClosureRequested => "结案待审批",
        _ => "已结案",
    };

    public static string StatusEn(CaseStatus status) => status switch
    {
        CaseStatus.Intake => "Intake (to assess)",
        CaseStatus.AssessmentSubmitted => "Assessment awaiting approval",
        CaseStatus.Planning => "Service plan",
        CaseStatus.PlanSubmitted => "Plan awaiting approval",
        CaseStatus.InService => "Services and follow-ups",
        CaseStatus.ClosureRequested => "Closure awaiting approval",
        _ => "Closed",
    };

    public static string ActionZh(CaseAction action) => action switch
    {
        CaseAction.SubmitAssessment => "提交评估",
        CaseAction.ApproveAssessment => "批准评估",
        CaseAction.ReturnAssessment => "退回评估",
        CaseAction.SubmitPlan => "提交服务计划",
        CaseAction.ApprovePlan => "批准服务计划",
        CaseAction.ReturnPlan => "退回服务计划",
        CaseAction.RequestClosure => "申请结案",
        CaseAction.ApproveClosure => "批准结案",
        CaseAction.ReturnClosure => "退回结案申请",
        _ => "重新开案",
    };

    /// <summary>The 409 message: what was tried, where the case stands, what it allows.</summary>
    public static string RefusalMessage(CaseStatus from, CaseAction action)
    {
        var allowed = AllowedActions(from);
        var next = allowed.Count == 0 ? "" : "，当前可以：" + string.Join("、", allowed.Select(ActionZh));
        return $"个案当前处于「{StatusZh(from)}」阶段，不能{ActionZh(action)}{next}。";
    }
}
