using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ElderlyCare.Features.Reminders;

namespace ModularSocialWork.Modules.ElderlyCare.Areas.ElderlyCare.Pages.Overdue;

/// <summary>The overdue board: per station due-today / overdue counts and the overdue elders (station scope applies).</summary>
[Authorize(Policy = ElderlyCarePermissions.EldersReadPolicy)]
public sealed class IndexModel(ICurrentStaff staff, IStationDirectory stations, IStaffDirectory staffDirectory) : PageModel
{
    internal IReadOnlyList<StationReminderCounts> Counts { get; private set; } = [];
    internal ReminderPage Overdue { get; private set; } = new([], 0, 1, 50);
    public bool CanRunSweep { get; private set; }
    public int PageNumber { get; private set; } = 1;

    private Dictionary<Guid, string> stationNames = [];
    private Dictionary<Guid, string> workerNames = [];

    public string StationName(Guid id) => stationNames.GetValueOrDefault(id, "—");

    public string WorkerName(Guid id) => workerNames.GetValueOrDefault(id, "—");

    [Microsoft.AspNetCore.Mvc.TempData]
    public int? Inserted { get; set; }

    /// <summary>"立即运行": the same job the schedule runs, inline, for users allowed to run it.</summary>
    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnPostRunSweepAsync(CancellationToken cancellationToken)
    {
        if (!staff.HasPermission(ElderlyCarePermissions.RemindersRun)) return Forbid();
        var result = await Features.Sweep.ElderlyCareVisitRemindersJob.RunNowAsync(
            HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>(), cancellationToken);
        Inserted = result.Inserted;
        return RedirectToPage();
    }

    public async Task OnGetAsync(int? p, CancellationToken cancellationToken)
    {
        // ReminderQueries is module-internal, so it cannot be a constructor parameter of this public page model.
        var queries = HttpContext.RequestServices.GetRequiredService<ReminderQueries>();
        PageNumber = Math.Max(1, p ?? 1);
        CanRunSweep = staff.HasPermission(ElderlyCarePermissions.RemindersRun);
        Counts = await queries.CountsByStationAsync(cancellationToken);
        Overdue = await queries.ListAsync(overdueOnly: true, PageNumber, 50, cancellationToken);
        stationNames = (await stations.GetStationsAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        workerNames = (await staffDirectory.ListAsync(null, cancellationToken)).ToDictionary(w => w.Id, w => w.DisplayName);
    }
}
