using CsCheck;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.UnitTests.ChildProtection;

/// <summary>The case lifecycle table (受理 → 评估 → 服务计划 → 服务与跟进 → 结案, reopen) as properties.</summary>
public sealed class CaseStateMachinePropertyTests
{
    private static readonly Gen<CaseAction[]> GenActions = Gen.Enum<CaseAction>().Array[0, 60];

    /// <summary>Runs the actions from intake as a server would: allowed ones move the case, refused ones change nothing.</summary>
    private static (CaseStatus Status, List<(CaseAction Action, CaseStatus From, CaseStatus To)> Applied) Run(IEnumerable<CaseAction> actions)
    {
        var status = CaseStatus.Intake;
        var applied = new List<(CaseAction, CaseStatus, CaseStatus)>();
        foreach (var action in actions)
        {
            if (!CaseStateMachine.TryNext(status, action, out var next)) continue;
            applied.Add((action, status, next));
            status = next;
        }

        return (status, applied);
    }

    [Fact]
    public void Any_action_is_allowed_exactly_when_the_table_lists_it_and_a_refusal_names_the_current_stage() =>
        Gen.Select(Gen.Enum<CaseStatus>(), Gen.Enum<CaseAction>()).Sample((status, action) =>
        {
            var allowed = CaseStateMachine.TryNext(status, action, out _);
            return allowed == CaseStateMachine.AllowedActions(status).Contains(action)
                   && (allowed || CaseStateMachine.RefusalMessage(status, action).Contains(CaseStateMachine.StatusZh(status)));
        });

    [Fact]
    public void No_sequence_of_actions_closes_a_case_without_an_approved_assessment_plan_and_closure_in_that_order() =>
        GenActions.Sample(actions =>
        {
            var status = CaseStatus.Intake;
            var sinceOpen = new List<CaseAction>();
            foreach (var action in actions)
            {
                if (!CaseStateMachine.TryNext(status, action, out var next)) continue;
                sinceOpen.Add(action);
                if (action == CaseAction.Reopen) sinceOpen.Clear();
                status = next;
                if (status != CaseStatus.Closed) continue;
                var assessment = sinceOpen.LastIndexOf(CaseAction.ApproveAssessment);
                var plan = sinceOpen.LastIndexOf(CaseAction.ApprovePlan);
                var closure = sinceOpen.LastIndexOf(CaseAction.ApproveClosure);
                if (!(assessment >= 0 && assessment < plan && plan < closure && closure == sinceOpen.Count - 1)) return false;
            }

            return true;
        });

    [Fact]
    public void Only_a_supervisor_decision_leaves_a_stage_that_waits_for_the_supervisor_and_it_waits_for_no_one_else() =>
        GenActions.Sample(actions => Run(actions).Applied.All(step =>
            CaseStateMachine.IsSupervisorDecision(step.Action) == (CaseStateMachine.PendingDecision(step.From) is not null)));

    [Fact]
    public void From_every_stage_the_case_can_still_be_closed_and_a_closed_case_can_be_reopened()
    {
        foreach (var start in Enum.GetValues<CaseStatus>())
        {
            var seen = new HashSet<CaseStatus> { start };
            var queue = new Queue<CaseStatus>([start]);
            while (queue.Count > 0)
            {
                var status = queue.Dequeue();
                foreach (var action in CaseStateMachine.AllowedActions(status))
                {
                    CaseStateMachine.TryNext(status, action, out var next);
                    if (seen.Add(next)) queue.Enqueue(next);
                }
            }

            Assert.Contains(CaseStatus.Closed, seen);
            Assert.Contains(CaseStatus.Intake, seen);
        }

        Assert.Equal([CaseAction.Reopen], CaseStateMachine.AllowedActions(CaseStatus.Closed));
    }

    [Fact]
    public void Follow_ups_are_accepted_only_once_the_plan_is_approved_and_until_closure() =>
        GenActions.Sample(actions =>
        {
            var (status, applied) = Run(actions);
            var planApproved = applied.Any(a => a.Action == CaseAction.ApprovePlan);
            return !CaseStateMachine.AcceptsFollowUps(status) || planApproved;
        });
}
