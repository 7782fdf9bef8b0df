using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.ElderlyCare.Domain;

/// <summary>
/// The elderly-care view of a resident. Resident, station and worker live in Platform: only their ids (and a display
/// snapshot of name and birth date, taken from the residents directory) are kept here, never a foreign key across
/// schemas. Station-scoped: staff see and write the elders of their station subtree only.
/// </summary>
internal sealed class ElderProfile : AuditedEntity, IStationScoped
{
    public const int NotesMaxLength = 2000;
    public const int NameMaxLength = 50;

    public Guid ResidentId { get; set; }
    public Guid StationId { get; set; }

    /// <summary>Display snapshot from the ledger (refreshed when the profile is saved).</summary>
    public string Name { get; set; } = "";

    /// <summary>From the ledger; the daily sweep re-tiers elders who turn 80.</summary>
    public DateOnly? BirthDate { get; set; }

    /// <summary>Elder target-group tags (<see cref="ElderTags"/>) stored as <c>,code1,code2,</c> for whole-code LIKE filters.</summary>
    public string TagCodes { get; set; } = "";

    public LivingSituation LivingSituation { get; set; } = LivingSituation.Unknown;

    /// <summary>Sensitive (health) — shown only to roles that may read health data.</summary>
    public string? HealthNotes { get; set; }

    /// <summary>The tier the county policy table gives for the tags and age.</summary>
    public RiskTier DerivedTier { get; set; } = RiskTier.General;

    /// <summary>A manual override (needs <see cref="TierOverrideReason"/>); wins over the derived tier.</summary>
    public RiskTier? TierOverride { get; set; }
    public string? TierOverrideReason { get; set; }

    /// <summary>The effective tier: the override when set, else the derived one. Stored so lists and the sweep filter by it.</summary>
    public RiskTier RiskTier { get; set; }

    public Guid? AssignedWorkerId { get; set; }
    public string? Notes { get; set; }

    public List<ElderContact> Contacts { get; set; } = [];
}

internal enum LivingSituation
{
    Unknown,
    Alone,
    WithSpouse,
    WithChildren,
    WithOthers,
    InInstitution,
}

/// <summary>A supporter (赡养人) or emergency contact. The phone is personal data: encrypted, masked for display.</summary>
internal sealed class ElderContact
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ElderProfileId { get; set; }
    public ContactKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? Relationship { get; set; }
    public string? PhoneCipher { get; set; }
    public string? PhoneMasked { get; set; }
}

internal enum ContactKind
{
    Supporter,
    Emergency,
}

/// <summary>The elder tags of DOMAIN.md (one person can carry several).</summary>
internal static class ElderTags
{
    public const string LivesAlone = "alone";
    public const string EmptyNest = "empty_nest";
    public const string LeftBehind = "left_behind";
    public const string Disabled = "disabled";
    public const string SevereDisability = "severe_disability";
    public const string AdvancedAge = "advanced_age";
    public const string FamilyPlanningSpecial = "family_planning_special";
    public const string DispersedSupport = "dispersed_support";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [LivesAlone] = "独居",
        [EmptyNest] = "空巢",
        [LeftBehind] = "留守",
        [Disabled] = "失能/半失能",
        [SevereDisability] = "重残",
        [AdvancedAge] = "高龄",
        [FamilyPlanningSpecial] = "计生特殊家庭",
        [DispersedSupport] = "分散供养特困",
    };
}
