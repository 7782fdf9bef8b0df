using Microsoft.AspNetCore.Mvc.ModelBinding;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Domain.Residents;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Residents;

/// <summary>The register and edit forms' shared fields (nested in the page model: MVC binds only public types).</summary>
public sealed partial class RegisterModel
{
    public sealed class InputModel
    {
        public string? Name { get; set; }
        public string? IdNumber { get; set; }
        public int? Sex { get; set; }
        public DateOnly? BirthDate { get; set; }
        public string? Phone { get; set; }
        public bool ClearPhone { get; set; }
        public string? Address { get; set; }
        public string? Village { get; set; }
        public Guid? StationId { get; set; }
        public Guid? HouseholdId { get; set; }
        public int? RelationshipToHead { get; set; }
        public List<string> Tags { get; set; } = [];
        public int LegalBasis { get; set; }
        public string? ConsentGivenBy { get; set; }
        public int ConsentRelationship { get; set; }
        public DateOnly? ConsentGivenAt { get; set; }
        public string? ConsentScope { get; set; }
        public string? Notes { get; set; }
        public Guid Version { get; set; }
    }
}

/// <summary>Option lists and error placement for the register and edit forms.</summary>
internal static class ResidentForm
{
    public static async Task<IReadOnlyList<StationSummary>> VisibleStationsAsync(IStationDirectory directory, IStationScope scope, CancellationToken ct) =>
        (await directory.GetStationsAsync(ct)).Where(s => scope.CanSee(s.Id)).ToList();

    /// <summary>Validator property names (e.g. <c>Consent.GivenBy</c>) to the form's field keys.</summary>
    public static string FieldKey(string property) => "Input." + property switch
    {
        "Consent" or "Consent.GivenBy" => nameof(RegisterModel.InputModel.ConsentGivenBy),
        "Consent.GivenAt" => nameof(RegisterModel.InputModel.ConsentGivenAt),
        "Consent.Scope" => nameof(RegisterModel.InputModel.ConsentScope),
        "Consent.Relationship" => nameof(RegisterModel.InputModel.ConsentRelationship),
        _ => property,
    };

    public static void AddErrors(ModelStateDictionary modelState, FluentValidation.ValidationException ex)
    {
        foreach (var error in ex.Errors) modelState.AddModelError(FieldKey(error.PropertyName), error.ErrorMessage);
    }

    public static readonly (Sex Value, string Zh, string En)[] Sexes = [(Sex.Male, "男", "Male"), (Sex.Female, "女", "Female"), (Sex.Unknown, "未知", "Unknown")];

    public static readonly HouseholdRelationship[] Relationships =
        [HouseholdRelationship.Head, HouseholdRelationship.Spouse, HouseholdRelationship.Child, HouseholdRelationship.Parent, HouseholdRelationship.Other];

    public static readonly LegalBasis[] LegalBases = [LegalBasis.StatutoryDuty, LegalBasis.Consent, LegalBasis.VitalInterest, LegalBasis.Contract];
}
