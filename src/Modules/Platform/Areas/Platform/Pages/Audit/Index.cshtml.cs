using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Web;
using ModularSocialWork.Modules.Platform.Features.Audit;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Audit;

/// <summary>The audit viewer for county administrators: filters in the query string, server-side paging, newest first.</summary>
[Authorize(Policy = PlatformPermissions.AuditReadPolicy)]
public sealed class IndexModel(IMediator mediator, IConfiguration configuration) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "action")] public string? ActionFilter { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true)] public AuditOutcome? Outcome { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    /// <summary>Set by the "校验日志完整性" button.</summary>
    [BindProperty(SupportsGet = true)] public bool Verify { get; set; }

    internal ListAuditEntries.Result Result { get; private set; } = new([], 1, ListAuditEntries.DefaultPageSize, 0);
    internal AuditVerification? Verification { get; private set; }
    internal TimeZoneInfo TimeZone { get; private set; } = TimeZoneInfo.Utc;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        TimeZone = ListAuditEntries.CountyTimeZone(configuration);
        Result = await mediator.Send(new ListAuditEntries.Query(
            From, To, UserFilter, ActionFilter, EntityType, EntityId, Outcome, PageNumber), cancellationToken);
        if (Verify) Verification = await mediator.Send(new VerifyAuditChain.Query(), cancellationToken);
    }

    internal string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, TimeZone).ToString("yyyy-MM-dd HH:mm:ss");

    internal static string OutcomeText(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Success => UiText.Pick("成功", "Success"),
        AuditOutcome.Failure => UiText.Pick("失败", "Failure"),
        AuditOutcome.Denied => UiText.Pick("拒绝", "Denied"),
        _ => outcome.ToString(),
    };

    internal static string OutcomeBadge(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Success => "text-bg-success",
        AuditOutcome.Denied => "text-bg-warning",
        _ => "text-bg-danger",
    };

    /// <summary>The current filters with another page number, for the pager links.</summary>
    internal Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["from"] = From?.ToString("yyyy-MM-dd"),
        ["to"] = To?.ToString("yyyy-MM-dd"),
        ["user"] = UserFilter,
        ["action"] = ActionFilter,
        ["entityType"] = EntityType,
        ["entityId"] = EntityId,
        ["outcome"] = Outcome?.ToString(),
        ["p"] = page.ToString(),
    };
}
