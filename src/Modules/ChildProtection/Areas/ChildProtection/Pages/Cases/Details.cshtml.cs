using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.BuildingBlocks.Web;
using ModularSocialWork.Modules.ChildProtection.Domain;
using ModularSocialWork.Modules.ChildProtection.Features.Cases;
using ModularSocialWork.Modules.ChildProtection.Features.Referrals;

namespace ModularSocialWork.Modules.ChildProtection.Areas.ChildProtection.Pages.Cases;

/// <summary>
/// A case and the one form its stage allows: assessment (受理), plan (服务计划), follow-ups and closure request (服务与跟进),
/// the supervisor's decision while it waits for one, reopen once closed; referrals and the history throughout.
/// The server decides every transition; the page only offers what the state machine allows.
/// </summary>
[Authorize(Policy = ChildProtectionPermissions.CasesReadPolicy)]
public sealed class DetailsModel(IMediator mediator, ICurrentStaff staff, IStationDirectory stations) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    [BindProperty] public List<int> Answers { get; set; } = [];
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Text2 { get; set; }
    [BindProperty] public bool Approve { get; set; }
    [BindProperty] public DateOnly? DueDate { get; set; }
    [BindProperty] public Guid FollowUpId { get; set; }
    [BindProperty] public int Target { get; set; }
    [BindProperty] public Guid? ToStationId { get; set; }

    internal CaseDto Case { get; private set; } = null!;
    internal IReadOnlyList<StationSummary> Stations { get; private set; } = [];
    public bool CanWrite => staff.HasPermission(ChildProtectionPermissions.CasesWrite);
    public bool CanApprove => staff.HasPermission(ChildProtectionPermissions.CasesApprove);
    public string? Error { get; private set; }

    /// <summary>An instant in the county's time zone (the calendar is module-internal: resolved here, not injected).</summary>
    internal string When(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, HttpContext.RequestServices.GetRequiredService<CountyCalendar>().TimeZone).ToString("yyyy-MM-dd HH:mm");

    public string? Message => Done switch
    {
        null => null,
        "decision" => UiText.Pick("审批意见已保存", "Decision saved"),
        _ => UiText.Pick("已保存", "Saved"),
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAssessmentAsync(CancellationToken ct) =>
        SendAsync(new SubmitAssessment.Command { Id = Id, Answers = Answers, Notes = Text }, "assessment", ct);

    public Task<IActionResult> OnPostPlanAsync(CancellationToken ct) =>
        SendAsync(new SubmitPlan.Command { Id = Id, Goals = Text, Actions = Text2 }, "plan", ct);

    public Task<IActionResult> OnPostDecisionAsync(CancellationToken ct) =>
        SendAsync(new DecideCase.Command { Id = Id, Approve = Approve, Comment = Text }, "decision", ct);

    public Task<IActionResult> OnPostFollowUpAsync(CancellationToken ct) =>
        SendAsync(new AddFollowUp.Command { CaseId = Id, DueDate = DueDate, Task = Text }, "follow-up", ct);

    public Task<IActionResult> OnPostCompleteAsync(CancellationToken ct) =>
        SendAsync(new CompleteFollowUp.Command { Id = FollowUpId, Result = Text }, "follow-up", ct);

    public Task<IActionResult> OnPostClosureAsync(CancellationToken ct) =>
        SendAsync(new RequestClosure.Command { Id = Id, Reason = Text }, "closure", ct);

    public Task<IActionResult> OnPostReopenAsync(CancellationToken ct) =>
        SendAsync(new ReopenCase.Command { Id = Id, Reason = Text }, "reopen", ct);

    public Task<IActionResult> OnPostReferralAsync(CancellationToken ct) =>
        SendAsync(new CreateReferral.Command { CaseId = Id, Target = (ReferralTarget)Target, ToStationId = ToStationId, TargetName = Text2, Reason = Text }, "referral", ct);

    private async Task<IActionResult> SendAsync(IRequest<Guid> command, string done, CancellationToken cancellationToken)
    {
        var (_, error) = await PageCommands.SendAsync(this, mediator, command, cancellationToken);
        if (error is null) return RedirectToPage("Details", new { id = Id, done });
        Error = error;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Case = await mediator.Send(new GetCase.Query(Id), cancellationToken);
        if (CanWrite) Stations = (await stations.GetStationsAsync(cancellationToken)).Where(s => s.Id != Case.StationId && s.Level != StationLevel.County).ToList();
    }
}
