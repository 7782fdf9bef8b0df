using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.ChildProtection.Domain;

/// <summary>
/// The child-protection view of a resident. Resident, station and worker live in Platform: only their ids (and a display
/// snapshot of name and birth date from the residents directory) are kept here, never a foreign key across schemas.
/// Station-scoped: staff see and write the children of their station subtree only; another station's child is "not found".
/// Every field of a child is sensitive (PIPL art. 28); health and disability are shown only with
/// <c>ChildProtection.Health.Read</c>.
/// </summary>
internal sealed class ChildProfile : AuditedEntity, IStationScoped
{
    public const int NameMaxLength = 50;
    public const int TextMaxLength = 2000;

    public Guid ResidentId { get; set; }
    public Guid StationId { get; set; }
    public string Name { get; set; } = "";
    public DateOnly? BirthDate { get; set; }
    public ChildCategory Category { get; set; }
    public GuardianshipStatus GuardianshipStatus { get; set; }
    public string? School { get; set; }
    public string? Grade { get; set; }

    /// <summary>Sensitive (health).</summary>
    public string? HealthNotes { get; set; }

    /// <summary>Sensitive (disability).</summary>
    public string? DisabilityNotes { get; set; }

    public RiskLevel RiskLevel { get; set; }
    public Guid? AssignedWorkerId { get; set; }
    public LegalBasis LegalBasis { get; set; } = LegalBasis.StatutoryDuty;

    /// <summary>Required when <see cref="LegalBasis"/> is guardian consent: who consented and when.</summary>
    public string? ConsentGuardianName { get; set; }
    public DateOnly? ConsentDate { get; set; }
    public string? Notes { get; set; }

    public List<ChildContact> Contacts { get; set; } = [];
}

/// <summary>A parent or guardian: where they are and how to reach them. The phone is encrypted and shown masked.</summary>
internal sealed class ChildContact
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ChildProfileId { get; set; }
    public ContactKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? Relationship { get; set; }

    /// <summary>Where the parent is (e.g. 外出务工：浙江杭州).</summary>
    public string? Whereabouts { get; set; }
    public string? PhoneCipher { get; set; }
    public string? PhoneMasked { get; set; }
}
