using MediatR;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ChildProtection.Data;
using ModularSocialWork.Modules.ChildProtection.Domain;
using ModularSocialWork.Modules.ChildProtection.Features.Referrals;

namespace ModularSocialWork.Modules.ChildProtection.Features.Cases;

internal sealed record TransitionDto(CaseAction Action, CaseStatus From, CaseStatus To, string? Comment, string ByName, DateTimeOffset At);

internal sealed record FollowUpDto(Guid Id, DateOnly DueDate, string Task, Guid? AssignedWorkerId, DateOnly? CompletedOn, string? Result, bool OnTime);

internal sealed record CaseDto(
    Guid Id,
    Guid Version,
    Guid ChildProfileId,
    string ChildName,
    Guid StationId,
    CaseStatus Status,
    string StatusText,
    IReadOnlyList<CaseAction> AllowedActions,
    bool AwaitsSupervisor,
    DateOnly IntakeDate,
    string IntakeReason,
    Guid? AssignedWorkerId,
    LegalBasis LegalBasis,
    IReadOnlyList<int> AssessmentAnswers,
    int? AssessmentScore,
    RiskLevel? AssessedRiskLevel,
    string? AssessmentNotes,
    string? PlanGoals,
    string? PlanActions,
    string? ClosureReason,
    DateOnly? ClosedOn,
    int ReopenCount,
    IReadOnlyList<TransitionDto> History,
    IReadOnlyList<FollowUpDto> FollowUps,
    IReadOnlyList<ReferralDto> Referrals);

/// <summary>A case with its history, follow-ups and referrals — one audited read; another station's case is 404.</summary>
internal static class GetCase
{
    [RequiresPermission(ChildProtectionPermissions.CasesRead)]
    public sealed record Query(Guid Id) : IRequest<CaseDto>;

    internal sealed class Handler(ChildProtectionDbContext db, ChildReadAudit audit) : IRequestHandler<Query, CaseDto>
    {
        public async Task<CaseDto> Handle(Query request, CancellationToken cancellationToken)
        {
            var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == request.Id, cancellationToken) ?? throw new NotFoundException("找不到该个案。");
            var childName = await db.Children.AsNoTracking().Where(x => x.Id == c.ChildProfileId).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
            var history = await db.CaseTransitions.AsNoTracking().Where(t => t.CaseId == c.Id).OrderBy(t => t.At).ThenBy(t => t.Id)
                .Select(t => new TransitionDto(t.Action, t.From, t.To, t.Comment, t.ByName, t.At)).ToListAsync(cancellationToken);
            var followUps = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == c.Id).OrderBy(f => f.DueDate).ThenBy(f => f.Id)
                .Select(f => new FollowUpDto(f.Id, f.DueDate, f.Task, f.AssignedWorkerId, f.CompletedOn, f.Result, f.CompletedOn != null && f.CompletedOn <= f.DueDate))
                .ToListAsync(cancellationToken);
            var referrals = await db.Referrals.AsNoTracking().Where(r => r.CaseId == c.Id).OrderBy(r => r.CreatedAt)
                .Select(ReferralDto.Projection).ToListAsync(cancellationToken);

            await audit.RecordAsync("ChildProtection.Cases.Read", "ChildCase", c.Id, cancellationToken);

            return new CaseDto(
                c.Id, c.Version, c.ChildProfileId, childName, c.StationId, c.Status, CaseStateMachine.StatusZh(c.Status),
                CaseStateMachine.AllowedActions(c.Status), CaseStateMachine.PendingDecision(c.Status) is not null,
                c.IntakeDate, c.IntakeReason, c.AssignedWorkerId, c.LegalBasis,
                RiskAssessmentForm.Parse(c.AssessmentAnswers), c.AssessmentScore, c.AssessedRiskLevel, c.AssessmentNotes,
                c.PlanGoals, c.PlanActions, c.ClosureReason, c.ClosedOn, c.ReopenCount, history, followUps, referrals);
        }
    }
}

internal sealed record CaseListItem(Guid Id, Guid ChildProfileId, string ChildName, Guid StationId, CaseStatus Status, DateOnly IntakeDate, Guid? AssignedWorkerId);

internal sealed record CasePage(IReadOnlyList<CaseListItem> Items, int Total, int Page, int PageSize);

/// <summary>Cases of the caller's stations (no case content), by status; those waiting for a supervisor first.</summary>
internal static class ListCases
{
    [RequiresPermission(ChildProtectionPermissions.CasesRead)]
    public sealed record Query : IRequest<CasePage>
    {
        public CaseStatus? Status { get; init; }
        public bool AwaitingApproval { get; init; }
        public int Page { get; init; } = 1;
        public int PageSize { get; init; } = 20;
    }

    internal sealed class Handler(ChildProtectionDbContext db) : IRequestHandler<Query, CasePage>
    {
        public async Task<CasePage> Handle(Query request, CancellationToken cancellationToken)
        {
            // Bounded so (page - 1) * size cannot overflow into a negative OFFSET (a 500 on the server databases).
            var page = Math.Clamp(request.Page, 1, 100_000);
            var size = Math.Clamp(request.PageSize, 1, 100);
            var query = from c in db.Cases.AsNoTracking()
                        join p in db.Children.AsNoTracking() on c.ChildProfileId equals p.Id
                        select new { Case = c, p.Name };
            if (request.Status is { } status) query = query.Where(x => x.Case.Status == status);
            if (request.AwaitingApproval)
            {
                query = query.Where(x => x.Case.Status == CaseStatus.AssessmentSubmitted || x.Case.Status == CaseStatus.PlanSubmitted
                                         || x.Case.Status == CaseStatus.ClosureRequested);
            }

            var total = await query.CountAsync(cancellationToken);
            var rows = await query.OrderByDescending(x => x.Case.IntakeDate).ThenByDescending(x => x.Case.Id).Skip((page - 1) * size).Take(size)
                .Select(x => new CaseListItem(x.Case.Id, x.Case.ChildProfileId, x.Name, x.Case.StationId, x.Case.Status, x.Case.IntakeDate, x.Case.AssignedWorkerId))
                .ToListAsync(cancellationToken);
            return new CasePage(rows, total, page, size);
        }
    }
}
