using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Tasks;

namespace ModularSocialWork.Host.Pages;

/// <summary>工作台: "我的待办" gathered from every enabled module's task sources, and their figures.</summary>
public sealed class IndexModel(
    IEnumerable<ITaskSource> taskSources,
    IEnumerable<IDashboardFigureSource> figureSources,
    IEnumerable<IServedCountSource> servedCountSources,
    ICurrentStaff staff,
    BuildingBlocks.Time.CountyCalendar calendar) : PageModel
{
    public IReadOnlyList<StaffTask> Tasks { get; private set; } = [];
    public IReadOnlyList<DashboardFigure> Figures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = calendar.Today;

        var tasks = new List<StaffTask>();
        foreach (var source in taskSources) tasks.AddRange(await source.GetOpenTasksAsync(staff, today, cancellationToken));
        Tasks = tasks.OrderByDescending(t => t.Overdue).ThenBy(t => t.DueDate).ToList();

        var figures = new List<DashboardFigure>();
        foreach (var source in figureSources) figures.AddRange(await source.GetFiguresAsync(staff, cancellationToken));
        // 服务人次 of every module that reports served counts (visits, brand activities…), summed over the scope's stations.
        var sources = servedCountSources.ToList();
        if (sources.Count > 1)
        {
            var first = new DateOnly(today.Year, today.Month, 1);
            var total = 0;
            foreach (var source in sources)
            {
                total += (await source.GetServedCountsAsync(first, today, cancellationToken)).Sum(c => c.ServiceTimes);
            }

            figures.Add(new DashboardFigure("Platform", "本月服务人次（全部服务）", "Services this month (all services)", total.ToString()));
        }

        Figures = figures;
    }
}
