using Microsoft.AspNetCore.Mvc.ModelBinding;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Residents;

/// <summary>What the shared field partial shows: the input, the errors per field, the stations to choose from.</summary>
internal sealed class ResidentFieldsView(RegisterModel.InputModel input, ModelStateDictionary modelState, IReadOnlyList<StationSummary> stations)
{
    public RegisterModel.InputModel Input { get; } = input;
    public IReadOnlyList<StationSummary> Stations { get; } = stations;
    public bool ShowConsent { get; init; } = true;
    public string? MaskedIdNumber { get; init; }
    public string? MaskedPhone { get; init; }

    public string? Error(string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}
