using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.Platform.Domain.Residents;

/// <summary>
/// One person in the county's residents ledger (居民档案); service modules keep their profiles against its id. The ID
/// and phone numbers are stored only encrypted, with a keyed blind index for exact look-up and a masked copy for display.
/// </summary>
internal sealed class Resident : AuditedEntity, IStationScoped
{
    public const int NameMaxLength = 50;
    public const int AddressMaxLength = 200;
    public const int VillageMaxLength = 50;
    public const int NotesMaxLength = 2000;

    /// <summary>PIPL art. 28: all personal information of a child under 14 is sensitive.</summary>
    public const int MinorSensitiveAgeLimit = 14;

    public required string Name { get; set; }

    /// <summary>Pinyin initials of <see cref="Name"/> (张三 → ZS), kept in step by <see cref="Rename"/>.</summary>
    public string NameInitials { get; private set; } = "";

    public Sex Sex { get; set; } = Sex.Unknown;
    public DateOnly? BirthDate { get; set; }

    public string? IdNumberCipher { get; set; }
    public string? IdNumberIndex { get; set; }
    public string? IdNumberMasked { get; set; }

    public string? PhoneCipher { get; set; }
    public string? PhoneIndex { get; set; }
    public string? PhoneMasked { get; set; }

    public string? Address { get; set; }
    public string? Village { get; set; }
    public Guid StationId { get; set; }

    public Guid? HouseholdId { get; set; }
    public HouseholdRelationship? RelationshipToHead { get; set; }

    /// <summary>
    /// Target-group tag codes (<see cref="ResidentTags"/>) stored in one column as <c>,code1,code2,</c>: the outer commas
    /// let a filter match one whole code with a plain <c>LIKE '%,code,%'</c> on every provider.
    /// </summary>
    public string TagCodes { get; private set; } = "";

    public IReadOnlyList<string> Tags => TagCodes.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public void SetTags(IEnumerable<string> codes)
    {
        var distinct = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        TagCodes = distinct.Count == 0 ? "" : "," + string.Join(',', distinct) + ",";
    }

    public static string TagPattern(string code) => "," + code + ",";

    public LegalBasis LegalBasis { get; set; } = LegalBasis.StatutoryDuty;
    public bool MinorSensitive { get; set; }
    public string? Notes { get; set; }

    public void Rename(string name)
    {
        Name = name.Trim();
        NameInitials = PinyinInitials.Of(Name);
    }

    /// <summary>Set on registration: under 14 on that day.</summary>
    public void FlagMinorOn(DateOnly registrationDate)
    {
        if (BirthDate is not { } birth) return;
        var age = registrationDate.Year - birth.Year;
        if (registrationDate < birth.AddYears(age)) age--;
        MinorSensitive = MinorSensitive || age < MinorSensitiveAgeLimit;
    }
}

internal enum Sex
{
    Unknown = 0,
    Male = 1,
    Female = 2,
}

/// <summary>Relationship to the head of the household (户主).</summary>
internal enum HouseholdRelationship
{
    Head = 0,
    Spouse = 1,
    Child = 2,
    Parent = 3,
    Other = 9,
}

/// <summary>The legal basis of processing this person's data (PIPL art. 13).</summary>
internal enum LegalBasis
{
    StatutoryDuty = 0,
    Consent = 1,
    VitalInterest = 2,
    Contract = 3,
}
