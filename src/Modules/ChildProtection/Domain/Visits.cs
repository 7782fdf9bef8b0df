using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Reminders;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.ChildProtection.Domain;

/// <summary>County-editable visit cadence per child category: at least every <see cref="Months"/> months and <see cref="Days"/> days.</summary>
internal sealed class CategoryCadence : AuditedEntity
{
    public ChildCategory Category { get; set; }
    public int Months { get; set; }
    public int Days { get; set; }
}

/// <summary>One plan per child: who visits, and when the next visit is due (from the category's cadence).</summary>
internal sealed class ChildVisitPlan : AuditedEntity, IStationScoped
{
    public Guid ChildProfileId { get; set; }
    public Guid StationId { get; set; }
    public Guid? AssignedWorkerId { get; set; }
    public DateOnly? LastVisitDate { get; set; }
    public DateOnly NextDueDate { get; set; }
}

internal enum VisitMethod
{
    HomeVisit = 0, // 入户
    Phone = 1,     // 电话
    Video = 2,     // 视频
    AtSchool = 3,  // 到校
}

/// <summary>A visit to a child. <see cref="DueDate"/> is the plan's due date when it was recorded, so "on time" is a column test.</summary>
internal sealed class ChildVisitRecord : AuditedEntity, IStationScoped
{
    public Guid ChildProfileId { get; set; }
    public Guid StationId { get; set; }
    public DateOnly VisitDate { get; set; }
    public DateOnly? DueDate { get; set; }
    public VisitMethod Method { get; set; }
    public Guid? VisitorUserId { get; set; }
    public string VisitorName { get; set; } = "";
    public string? Findings { get; set; }
    public string? NeedsFound { get; set; }
}

/// <summary>A due visit for the assigned worker; unique (plan, due date) so sweeping twice never duplicates.</summary>
internal sealed class ChildVisitReminder : IStationScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public Guid ChildProfileId { get; set; }
    public Guid StationId { get; set; }
    public Guid? AssignedWorkerId { get; set; }
    public DateOnly DueDate { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}

internal sealed class ChildSweepWatermark : ISweepWatermark
{
    public string JobId { get; set; } = "";
    public DateOnly LastSweptDate { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Pure cadence rules, property-tested: DOMAIN.md says children in distress are visited at least monthly.</summary>
internal static class ChildVisitPolicy
{
    /// <summary>Every kind of 困境儿童 monthly; 留守儿童 quarterly unless the county tightens it.</summary>
    public static IReadOnlyList<CategoryCadence> DefaultCadences() =>
        Enum.GetValues<ChildCategory>()
            .Select(c => new CategoryCadence { Category = c, Months = c == ChildCategory.LeftBehind ? 3 : 1 })
            .ToList();

    public static bool IsInDistress(ChildCategory category) => category != ChildCategory.LeftBehind;

    public static CategoryCadence CadenceFor(ChildCategory category, IEnumerable<CategoryCadence> cadences) =>
        cadences.FirstOrDefault(c => c.Category == category) ?? DefaultCadences().First(c => c.Category == category);

    public static DateOnly NextDue(DateOnly from, CategoryCadence cadence) => from.AddMonths(cadence.Months).AddDays(cadence.Days);

    /// <summary>Never visited: due on the plan start (a new child is visited at once); else one cadence after the last visit.</summary>
    public static void Replan(ChildVisitPlan plan, CategoryCadence cadence, DateOnly planStart) =>
        plan.NextDueDate = plan.LastVisitDate is { } last ? NextDue(last, cadence) : planStart;

    public static int? AgeOn(DateOnly? birthDate, DateOnly day)
    {
        if (birthDate is not { } birth) return null;
        var age = day.Year - birth.Year;
        if (day < birth.AddYears(age)) age--;
        return age;
    }

    public const int AdultAge = 18;
    public const int SensitiveAge = 14;
}
