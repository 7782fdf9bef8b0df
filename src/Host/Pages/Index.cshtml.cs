using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Tasks;

namespace ModularSocialWork.Host.Pages;

/// <summary>工作台: "我的待办" gathered from every enabled module's task sources, and their figures.</summary>
public sealed class IndexModel(
    IEnumerable<ITaskSource> taskSources,
    IEnumerable<IDashboardFigureSource> figureSources,
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
        Figures = figures;
    }
}
