using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ModularSocialWork.BuildingBlocks.Web;

/// <summary>
/// Pages clear ModelState to show the handlers' own Chinese (FluentValidation) messages. A value that could not even be
/// read ("2026-02-30" for a date, "x" for a number or an option) must not disappear with it: the property would keep its
/// default (no date → today, option 0, no birth date) and be saved as if the user had chosen it.
/// </summary>
/// <example><code>
/// var unreadable = FormBinding.Unreadable(ModelState);
/// ModelState.Clear();
/// try { FormBinding.ThrowIfAny(unreadable); await mediator.Send(…); … }
/// catch (ValidationException ex) { /* the page's usual field errors */ }
/// </code></example>
public static class FormBinding
{
    /// <summary>One failure per posted value that did not bind, named like the command's property (no "Input." prefix).</summary>
    public static IReadOnlyList<ValidationFailure> Unreadable(ModelStateDictionary modelState) =>
        modelState
            // A binding failure keeps the posted text (AttemptedValue); a value that is merely missing has none.
            .Where(e => e.Value is { Errors.Count: > 0 } entry && !string.IsNullOrEmpty(entry.AttemptedValue))
            .Select(e => new ValidationFailure(
                e.Key.StartsWith("Input.", StringComparison.Ordinal) ? e.Key["Input.".Length..] : e.Key,
                $"“{Clip(e.Value!.AttemptedValue!)}”的格式不正确，请检查后重试。"))
            .ToList();

    /// <summary>Raises the failures the way a validator would, so each page shows them with its usual field errors.</summary>
    public static void ThrowIfAny(IReadOnlyList<ValidationFailure> failures)
    {
        if (failures.Count > 0) throw new ValidationException(failures);
    }

    private static string Clip(string value) => value.Length <= 30 ? value : value[..30] + "…";
}
