using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Domain.Residents;
using ModularSocialWork.Modules.Platform.Features.Residents;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Residents;

/// <summary>登记居民: the form; a known ID number opens the existing record instead of making a duplicate.</summary>
[Authorize(Policy = PlatformPermissions.ResidentsWritePolicy)]
public sealed partial class RegisterModel(IMediator mediator, IStationDirectory directory, IStationScope scope, ICurrentStaff staff) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    internal ResidentFieldsView Fields { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.StationId = staff.ActingStationId is { } acting && scope.CanSee(acting) ? acting : null;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var unreadable = BuildingBlocks.Web.FormBinding.Unreadable(ModelState);
        ModelState.Clear(); // MVC's English binding messages: the validator says it in Chinese
        var legalBasis = (LegalBasis)Input.LegalBasis;
        var command = new RegisterResident.Command
        {
            Name = Input.Name,
            IdNumber = Input.IdNumber,
            Sex = Input.Sex is { } sex ? (Sex)sex : null,
            BirthDate = Input.BirthDate,
            Phone = Input.Phone,
            Address = Input.Address,
            Village = Input.Village,
            StationId = Input.StationId ?? Guid.Empty,
            HouseholdId = Input.HouseholdId,
            RelationshipToHead = Input.RelationshipToHead is { } r ? (HouseholdRelationship)r : null,
            Tags = Input.Tags,
            LegalBasis = legalBasis,
            Consent = legalBasis == LegalBasis.Consent
                ? new RegisterResident.ConsentInput(Input.ConsentGivenBy, (ConsentGiver)Input.ConsentRelationship, Input.ConsentGivenAt, Input.ConsentScope)
                : null,
            Notes = Input.Notes,
        };

        try
        {
            BuildingBlocks.Web.FormBinding.ThrowIfAny(unreadable);
            var id = await mediator.Send(command, cancellationToken);
            return RedirectToPage("Details", new { id, registered = true });
        }
        catch (DuplicateResidentException ex) when (ex.ExistingResidentId is { } existing)
        {
            return RedirectToPage("Details", new { id = existing, existing = true });
        }
        catch (DuplicateResidentException ex)
        {
            ModelState.AddModelError("Input.IdNumber", ex.Message);
        }
        catch (ValidationException ex)
        {
            ResidentForm.AddErrors(ModelState, ex);
        }
        catch (BusinessRuleException ex)
        {
            ModelState.AddModelError(ex.Field is null ? string.Empty : ResidentForm.FieldKey(ex.Field), ex.Message);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Fields = new ResidentFieldsView(Input, ModelState, await ResidentForm.VisibleStationsAsync(directory, scope, cancellationToken));
}
