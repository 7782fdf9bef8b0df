using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ElderlyCare.Domain;
using ModularSocialWork.Modules.ElderlyCare.Features.Profiles;

namespace ModularSocialWork.Modules.ElderlyCare.Areas.ElderlyCare.Pages.Elders;

/// <summary>Opens a profile: search the residents ledger, pick a resident, fill tags and living situation.</summary>
[Authorize(Policy = ElderlyCarePermissions.EldersWritePolicy)]
public sealed class CreateModel(IMediator mediator, IResidentDirectory residents, ICurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? ResidentId { get; set; }

    [BindProperty] public InputModel Input { get; set; } = new();

    public IReadOnlyList<ResidentSummary> Found { get; private set; } = [];
    public ResidentSummary? Resident { get; private set; }
    public bool CanReadHealth => staff.HasPermission(ElderlyCarePermissions.HealthRead);
    public string? Error { get; private set; }

    public sealed class InputModel
    {
        public List<string> Tags { get; set; } = [];
        public int LivingSituation { get; set; }
        public string? HealthNotes { get; set; }
        public bool AssignToMe { get; set; }
        public string? SupporterName { get; set; }
        public string? SupporterRelationship { get; set; }
        public string? SupporterPhone { get; set; }
        public string? Notes { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.AssignToMe = true;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var unreadable = BuildingBlocks.Web.FormBinding.Unreadable(ModelState);
        ModelState.Clear();
        var contacts = string.IsNullOrWhiteSpace(Input.SupporterName)
            ? []
            : new List<ContactInput> { new(ContactKind.Supporter, Input.SupporterName, Input.SupporterRelationship, Input.SupporterPhone) };
        try
        {
            BuildingBlocks.Web.FormBinding.ThrowIfAny(unreadable);
            var id = await mediator.Send(new CreateElderProfile.Command
            {
                ResidentId = ResidentId ?? Guid.Empty,
                Tags = Input.Tags,
                LivingSituation = (LivingSituation)Input.LivingSituation,
                HealthNotes = Input.HealthNotes,
                Contacts = contacts,
                AssignedWorkerId = Input.AssignToMe ? staff.UserId : null,
                Notes = Input.Notes,
            }, cancellationToken);
            return RedirectToPage("Details", new { id, saved = true });
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors) ModelState.AddModelError("Input." + error.PropertyName, error.ErrorMessage);
        }
        catch (AppException ex) when (ex is ConflictException or NotFoundException or BusinessRuleException)
        {
            Error = ex.Message;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (ResidentId is { } id) Resident = await residents.FindAsync(id, cancellationToken);
        if (Resident is null && !string.IsNullOrWhiteSpace(Q)) Found = await residents.SearchAsync(Q, 20, cancellationToken);
    }
}
