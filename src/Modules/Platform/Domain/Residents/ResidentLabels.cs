namespace ModularSocialWork.Modules.Platform.Domain.Residents;

/// <summary>Chinese and English names of the ledger's enumerations, for pages, exports and the import.</summary>
internal static class ResidentLabels
{
    public static string Of(Sex sex, bool english = false) => sex switch
    {
        Sex.Male => english ? "Male" : "男",
        Sex.Female => english ? "Female" : "女",
        _ => english ? "Unknown" : "未知",
    };

    public static string Of(HouseholdRelationship relationship, bool english = false) => relationship switch
    {
        HouseholdRelationship.Head => english ? "Head" : "户主",
        HouseholdRelationship.Spouse => english ? "Spouse" : "配偶",
        HouseholdRelationship.Child => english ? "Child" : "子女",
        HouseholdRelationship.Parent => english ? "Parent" : "父母",
        _ => english ? "Other" : "其他",
    };

    public static string Of(LegalBasis basis, bool english = false) => basis switch
    {
        LegalBasis.StatutoryDuty => english ? "Statutory duty" : "法定职责",
        LegalBasis.Consent => english ? "Consent" : "同意",
        LegalBasis.VitalInterest => english ? "Protection of life and health" : "保护生命健康",
        LegalBasis.Contract => english ? "Contract" : "合同",
        _ => basis.ToString(),
    };

    public static string Of(ConsentGiver giver, bool english = false) => giver == ConsentGiver.Guardian
        ? (english ? "Guardian" : "监护人")
        : (english ? "Self" : "本人");

    public static Sex? ParseSex(string? text) => text?.Trim() switch
    {
        null or "" => null,
        "男" or "M" or "m" or "Male" or "male" => Sex.Male,
        "女" or "F" or "f" or "Female" or "female" => Sex.Female,
        "未知" => Sex.Unknown,
        _ => (Sex)(-1),
    };
}
