using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Domain.Residents;
using ModularSocialWork.Modules.Platform.Features.Residents;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Residents;

/// <summary>Edits a resident; the version read with the form guards against overwriting someone else's change.</summary>
[Authorize(Policy = PlatformPermissions.ResidentsWritePolicy)]
public sealed class EditModel(IMediator mediator, IStationDirectory directory, IStationScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RegisterModel.InputModel Input { get; set; } = new();

    internal ResidentFieldsView Fields { get; private set; } = null!;
    public string Name { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var r = await mediator.Send(new GetResident.Query(Id), cancellationToken);
        Input = new RegisterModel.InputModel
        {
            Name = r.Name,
            Sex = (int)r.Sex,
            BirthDate = r.BirthDate,
            Address = r.Address,
            Village = r.Village,
            StationId = r.StationId,
            HouseholdId = r.HouseholdId,
            RelationshipToHead = r.RelationshipToHead is { } rel ? (int)rel : null,
            Tags = [.. r.Tags],
            LegalBasis = (int)r.LegalBasis,
            Notes = r.Notes,
            Version = r.Version,
        };
        await LoadAsync(r, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var unreadable = BuildingBlocks.Web.FormBinding.Unreadable(ModelState);
        ModelState.Clear();
        var command = new UpdateResident.Command
        {
            Id = Id,
            Version = Input.Version,
            Name = Input.Name,
            IdNumber = Input.IdNumber,
            Sex = Input.Sex is { } sex ? (Sex)sex : null,
            BirthDate = Input.BirthDate,
            Phone = Input.Phone,
            ClearPhone = Input.ClearPhone,
            Address = Input.Address,
            Village = Input.Village,
            StationId = Input.StationId ?? Guid.Empty,
            HouseholdId = Input.HouseholdId,
            RelationshipToHead = Input.RelationshipToHead is { } r ? (HouseholdRelationship)r : null,
            Tags = Input.Tags,
            LegalBasis = (LegalBasis)Input.LegalBasis,
            Notes = Input.Notes,
        };

        try
        {
            BuildingBlocks.Web.FormBinding.ThrowIfAny(unreadable);
            await mediator.Send(command, cancellationToken);
            return RedirectToPage("Details", new { id = Id, saved = true });
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
        catch (Exception ex) when (ex is ConflictException or DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "该居民档案已被他人修改，请刷新页面后重新编辑。");
        }

        var current = await mediator.Send(new GetResident.Query(Id), cancellationToken);
        await LoadAsync(current, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(GetResident.ResidentDetail r, CancellationToken cancellationToken)
    {
        Name = r.Name;
        Fields = new ResidentFieldsView(Input, ModelState, await ResidentForm.VisibleStationsAsync(directory, scope, cancellationToken))
        {
            ShowConsent = false,
            MaskedIdNumber = r.IdNumberMasked,
            MaskedPhone = r.PhoneMasked,
        };
    }
}
