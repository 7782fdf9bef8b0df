using MediatR;
using ModularSocialWork.BuildingBlocks.Mediation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ChildProtection.Domain;
using ModularSocialWork.Modules.ChildProtection.Features.Cases;
using ModularSocialWork.Modules.ChildProtection.Features.Children;
using ModularSocialWork.Modules.ChildProtection.Features.Figures;
using ModularSocialWork.Modules.ChildProtection.Features.Referrals;
using ModularSocialWork.Modules.ChildProtection.Features.Visits;

namespace ModularSocialWork.Modules.ChildProtection.Features;

internal sealed record OpenCaseRequest(string? IntakeReason, LegalBasis LegalBasis, Guid? AssignedWorkerId);

internal sealed record AssessmentRequest(IReadOnlyList<int>? Answers, string? Notes);

internal sealed record PlanRequest(string? Goals, string? Actions);

internal sealed record ReasonRequest(string? Reason);

internal sealed record DecisionRequest(bool Approve, string? Comment);

internal sealed record FollowUpRequest(DateOnly? DueDate, string? Task, Guid? AssignedWorkerId);

internal sealed record CompleteFollowUpRequest(DateOnly? CompletedOn, string? Result);

internal sealed record ReferralRequest(ReferralTarget Target, Guid? ToStationId, string? TargetName, string? Reason);

internal sealed record ReferralResponseRequest(bool Accept, string? Reason);

internal sealed record CadencesRequest(IReadOnlyList<CadenceDto>? Cadences);

/// <summary>The child-protection API under <c>/api/child-protection</c>: children, cases, follow-ups, visits, referrals, policy, figures.</summary>
internal static class ChildProtectionEndpoints
{
    private const string Tag = "ChildProtection";

    public static void MapChildProtectionEndpoints(this RouteGroupBuilder api)
    {
        var read = PermissionClaim.Policy(ChildProtectionPermissions.CasesRead);
        var write = PermissionClaim.Policy(ChildProtectionPermissions.CasesWrite);
        var approve = PermissionClaim.Policy(ChildProtectionPermissions.CasesApprove);

        // --- Children -------------------------------------------------------------------------------------------------
        var children = api.MapGroup("children").WithTags(Tag);
        children.MapGet("", async (ChildCategory? category, RiskLevel? riskLevel, Guid? workerId, string? search, int? page, int? pageSize,
                    [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListChildren.Query
                {
                    Category = category, RiskLevel = riskLevel, WorkerId = workerId, Search = search, Page = page ?? 1, PageSize = pageSize ?? 20,
                }, ct)))
            .RequireAuthorization(read).WithName("ChildProtection.ListChildren");

        children.MapPost("", async ([FromBody] CreateChildProfile.Command command, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/child-protection/children/{id}", new IdResponse(id));
            })
            .RequireAuthorization(write).WithName("ChildProtection.CreateChild")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        children.MapGet("export", async ([FromServices] IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new ExportChildren(), ct);
                return TypedResults.File(file.Content, ExportedFile.ContentType, file.FileName);
            })
            .RequireAuthorization(PermissionClaim.Policy(ChildProtectionPermissions.ReportsExport)).WithName("ChildProtection.ExportChildren");

        children.MapGet("{id:guid}", async (Guid id, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetChildProfile.Query(id), ct)))
            .RequireAuthorization(read).WithName("ChildProtection.GetChild").ProducesProblem(StatusCodes.Status404NotFound);

        children.MapPut("{id:guid}", async (Guid id, [FromBody] UpdateChildProfile.Command command, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new IdResponse(await mediator.Send(command with { Id = id }, ct))))
            .RequireAuthorization(write).WithName("ChildProtection.UpdateChild")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        children.MapPost("{id:guid}/visits", async Task<Created<IdResponse>> (Guid id, [FromBody] RecordChildVisit.Command command, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                var visitId = await mediator.Send(command with { ChildProfileId = id }, ct);
                return TypedResults.Created($"/api/child-protection/children/{id}", new IdResponse(visitId));
            })
            .RequireAuthorization(write).WithName("ChildProtection.RecordVisit")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        children.MapPost("{id:guid}/cases", async Task<Created<IdResponse>> (Guid id, [FromBody] OpenCaseRequest body, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                var caseId = await mediator.Send(new OpenCase.Command
                {
                    ChildProfileId = id, IntakeReason = body.IntakeReason, LegalBasis = body.LegalBasis, AssignedWorkerId = body.AssignedWorkerId,
                }, ct);
                return TypedResults.Created($"/api/child-protection/cases/{caseId}", new IdResponse(caseId));
            })
            .RequireAuthorization(write).WithName("ChildProtection.OpenCase")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        // --- Cases: every step answers 409 (nothing changed) when the state machine does not allow it -------------------
        var cases = api.MapGroup("cases").WithTags(Tag);
        cases.MapGet("", async (CaseStatus? status, bool? awaitingApproval, int? page, int? pageSize, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCases.Query
                {
                    Status = status, AwaitingApproval = awaitingApproval ?? false, Page = page ?? 1, PageSize = pageSize ?? 20,
                }, ct)))
            .RequireAuthorization(read).WithName("ChildProtection.ListCases");

        cases.MapGet("{id:guid}", async (Guid id, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCase.Query(id), ct)))
            .RequireAuthorization(read).WithName("ChildProtection.GetCase").ProducesProblem(StatusCodes.Status404NotFound);

        MapStep(cases, "{id:guid}/assessment", "ChildProtection.SubmitAssessment", write,
            (Guid id, AssessmentRequest b) => new SubmitAssessment.Command { Id = id, Answers = b.Answers, Notes = b.Notes });
        MapStep(cases, "{id:guid}/plan", "ChildProtection.SubmitPlan", write,
            (Guid id, PlanRequest b) => new SubmitPlan.Command { Id = id, Goals = b.Goals, Actions = b.Actions });
        MapStep(cases, "{id:guid}/closure", "ChildProtection.RequestClosure", write,
            (Guid id, ReasonRequest b) => new RequestClosure.Command { Id = id, Reason = b.Reason });
        MapStep(cases, "{id:guid}/decision", "ChildProtection.DecideCase", approve,
            (Guid id, DecisionRequest b) => new DecideCase.Command { Id = id, Approve = b.Approve, Comment = b.Comment });
        MapStep(cases, "{id:guid}/reopen", "ChildProtection.ReopenCase", write,
            (Guid id, ReasonRequest b) => new ReopenCase.Command { Id = id, Reason = b.Reason });

        cases.MapPost("{id:guid}/follow-ups", async Task<Created<IdResponse>> (Guid id, [FromBody] FollowUpRequest body, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                var followUpId = await mediator.Send(new AddFollowUp.Command { CaseId = id, DueDate = body.DueDate, Task = body.Task, AssignedWorkerId = body.AssignedWorkerId }, ct);
                return TypedResults.Created($"/api/child-protection/cases/{id}", new IdResponse(followUpId));
            })
            .RequireAuthorization(write).WithName("ChildProtection.AddFollowUp")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("{id:guid}/referrals", async Task<Created<IdResponse>> (Guid id, [FromBody] ReferralRequest body, [FromServices] IMediator mediator, CancellationToken ct) =>
            {
                var referralId = await mediator.Send(new CreateReferral.Command
                {
                    CaseId = id, Target = body.Target, ToStationId = body.ToStationId, TargetName = body.TargetName, Reason = body.Reason,
                }, ct);
                return TypedResults.Created($"/api/child-protection/referrals/{referralId}", new IdResponse(referralId));
            })
            .RequireAuthorization(write).WithName("ChildProtection.CreateReferral")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("follow-ups/{id:guid}/complete", async (Guid id, [FromBody] CompleteFollowUpRequest body, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new IdResponse(await mediator.Send(new CompleteFollowUp.Command { Id = id, CompletedOn = body.CompletedOn, Result = body.Result }, ct))))
            .RequireAuthorization(write).WithName("ChildProtection.CompleteFollowUp").WithTags(Tag)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        // --- Referrals: visible to both sides (see ReferralScope) -----------------------------------------------------
        var referrals = api.MapGroup("referrals").WithTags(Tag);
        referrals.MapGet("", async (string? direction, ReferralStatus? status, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListReferrals.Query(direction, status), ct)))
            .RequireAuthorization(read).WithName("ChildProtection.ListReferrals").ProducesValidationProblem();
        referrals.MapGet("{id:guid}", async (Guid id, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetReferral.Query(id), ct)))
            .RequireAuthorization(read).WithName("ChildProtection.GetReferral").ProducesProblem(StatusCodes.Status404NotFound);
        referrals.MapPost("{id:guid}/response", async (Guid id, [FromBody] ReferralResponseRequest body, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new IdResponse(await mediator.Send(new RespondReferral.Command { Id = id, Accept = body.Accept, Reason = body.Reason }, ct))))
            .RequireAuthorization(write).WithName("ChildProtection.RespondReferral")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        // --- Visit policy, reminders, figures ------------------------------------------------------------------------
        api.MapGet("policy", async ([FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetVisitCadences.Query(), ct)))
            .RequireAuthorization(read).WithName("ChildProtection.GetPolicy").WithTags(Tag);
        api.MapPut("policy", async ([FromBody] CadencesRequest body, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { replanned = await mediator.Send(new UpdateVisitCadences.Command { Cadences = body.Cadences }, ct) }))
            .RequireAuthorization(PermissionClaim.Policy(ChildProtectionPermissions.PolicyManage)).WithName("ChildProtection.UpdatePolicy").WithTags(Tag)
            .ProducesValidationProblem();

        api.MapGet("tasks", async ([FromServices] ChildTaskQueries queries, [FromServices] ICurrentStaff staff, CancellationToken ct) =>
                TypedResults.Ok(await queries.OpenAsync(staff.HasPermission(ChildProtectionPermissions.RemindersManageStation) ? null : staff.UserId, 200, ct)))
            .RequireAuthorization(read).WithName("ChildProtection.ListTasks").WithTags(Tag);
        api.MapPost("reminders/sweep", async ([FromServices] ChildVisitRemindersJob job, CancellationToken ct) => TypedResults.Ok(await job.SweepAsync(ct)))
            .RequireAuthorization(PermissionClaim.Policy(ChildProtectionPermissions.RemindersRun)).WithName("ChildProtection.RunReminderSweep").WithTags(Tag);

        api.MapGet("figures", async Task<IResult> (string? month, [FromServices] ChildFiguresCalculator calculator, [FromServices] IMediator mediator, CancellationToken ct) =>
                calculator.TryParseMonth(month, out var first)
                    ? TypedResults.Ok(await mediator.Send(new GetChildFigures(first), ct))
                    : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["month"] = [ChildFiguresCalculator.BadMonthMessage] },
                        title: ChildFiguresCalculator.BadMonthMessage))
            .RequireAuthorization(read).WithName("ChildProtection.GetFigures").WithTags(Tag)
            .Produces<ChildFigures>().ProducesValidationProblem();
    }

    private static void MapStep<TBody>(RouteGroupBuilder cases, string pattern, string name, string policy, Func<Guid, TBody, IRequest<Guid>> command)
    {
        // A generic body parameter carries no nullability, so ASP.NET binds a missing body as null instead of answering
        // 400 itself: refuse it here (found by posting every route without a body).
        cases.MapPost(pattern, async (Guid id, [FromBody] TBody? body, [FromServices] IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new IdResponse(await mediator.Send(
                    command(id, body ?? throw new BusinessRuleException("缺少请求内容（JSON）。")), ct))))
            .RequireAuthorization(policy).WithName(name)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
