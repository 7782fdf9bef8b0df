using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.BuildingBlocks.Tasks;

/// <summary>
/// A module's contribution to "我的待办" on the 工作台. Each enabled module may register any number of sources;
/// the home page asks all of them for the current staff member.
/// </summary>
public interface ITaskSource
{
    Task<IReadOnlyList<StaffTask>> GetOpenTasksAsync(ICurrentStaff staff, DateOnly today, CancellationToken cancellationToken);
}

/// <summary>One item of work waiting for a staff member.</summary>
public sealed record StaffTask(string ModuleId, string TitleZh, string TitleEn, DateOnly DueDate, string Url, bool Overdue);

/// <summary>A figure on the 工作台 (e.g. "本月探访率"). Modules register any number.</summary>
public interface IDashboardFigureSource
{
    Task<IReadOnlyList<DashboardFigure>> GetFiguresAsync(ICurrentStaff staff, CancellationToken cancellationToken);
}

public sealed record DashboardFigure(string ModuleId, string LabelZh, string LabelEn, string Value, string? Url = null);
