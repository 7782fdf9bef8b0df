using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ElderlyCare.Domain;
using ModularSocialWork.Modules.ElderlyCare.Features.Profiles;

namespace ModularSocialWork.Modules.ElderlyCare.Areas.ElderlyCare.Pages.Elders;

/// <summary>
/// Edit an elder profile on a phone: tags, living situation, health notes (only for those who may read them), the worker
/// who visits (picked from the station's staff, never typed as an id), supporters and emergency contacts, notes.
/// </summary>
[Authorize(Policy = ElderlyCarePermissions.EldersWritePolicy)]
public sealed class EditModel(IMediator mediator, IStaffDirectory staffDirectory, ICurrentStaff staff) : PageModel
{
    /// <summary>Blank contact rows offered below the existing ones.</summary>
    internal const int BlankContactRows = 2;

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    internal ElderProfileDto Elder { get; private set; } = null!;
    public IReadOnlyList<StaffSummary> Workers { get; private set; } = [];
    public bool CanReadHealth => staff.HasPermission(ElderlyCarePermissions.HealthRead);
    public string? Error { get; private set; }

    public sealed class InputModel
    {
        public Guid Version { get; set; }
        public List<string> Tags { get; set; } = [];
        public int LivingSituation { get; set; }
        public string? HealthNotes { get; set; }
        public Guid? AssignedWorkerId { get; set; }
        public string? Notes { get; set; }
        public List<ContactRow> Contacts { get; set; } = [];
    }

    public sealed class ContactRow
    {
        public Guid? Id { get; set; }
        public int Kind { get; set; }
        public string? Name { get; set; }
        public string? Relationship { get; set; }
        /// <summary>Blank keeps the stored number of the same contact (it is shown masked only).</summary>
        public string? Phone { get; set; }
        public string? PhoneMasked { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = new InputModel
        {
            Version = Elder.Version,
            Tags = Elder.Tags.ToList(),
            LivingSituation = (int)Elder.LivingSituation,
            HealthNotes = Elder.HealthNotes,
            AssignedWorkerId = Elder.AssignedWorkerId,
            Notes = Elder.Notes,
            Contacts = Elder.Contacts.Select(c => new ContactRow { Id = c.Id, Kind = (int)c.Kind, Name = c.Name, Relationship = c.Relationship, PhoneMasked = c.PhoneMasked }).ToList(),
        };
        PadContacts();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var unreadable = BuildingBlocks.Web.FormBinding.Unreadable(ModelState);
        ModelState.Clear();
        try
        {
            BuildingBlocks.Web.FormBinding.ThrowIfAny(unreadable);
            await mediator.Send(new UpdateElderProfile.Command
            {
                Id = Id,
                Version = Input.Version,
                Tags = Input.Tags,
                LivingSituation = (LivingSituation)Input.LivingSituation,
                HealthNotes = Input.HealthNotes,
                AssignedWorkerId = Input.AssignedWorkerId,
                Notes = Input.Notes,
                // A row without a name is an unused blank row, not a contact to validate.
                Contacts = Input.Contacts.Where(c => !string.IsNullOrWhiteSpace(c.Name))
                    .Select(c => new ContactInput((ContactKind)c.Kind, c.Name, c.Relationship, c.Phone, c.Id)).ToList(),
            }, cancellationToken);
            return RedirectToPage("Details", new { id = Id, saved = true });
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors) ModelState.AddModelError("Input." + error.PropertyName, error.ErrorMessage);
            Error = string.Join(" ", ex.Errors.Select(e => e.ErrorMessage).Distinct());
        }
        catch (AppException ex) when (ex is ConflictException or BusinessRuleException)
        {
            Error = ex.Message;
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            // Two saves at the same moment: the version check passed for both, the database caught the second.
            Error = "该老人档案已被他人修改，请刷新后重试。";
        }

        await LoadAsync(cancellationToken);
        PadContacts();
        return Page();
    }

    private void PadContacts()
    {
        var blanks = Input.Contacts.Count(c => string.IsNullOrWhiteSpace(c.Name));
        for (var i = blanks; i < BlankContactRows && Input.Contacts.Count < ProfileRules.MaxContacts; i++)
            Input.Contacts.Add(new ContactRow { Kind = (int)ContactKind.Emergency });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Elder = await mediator.Send(new GetElderProfile.Query(Id), cancellationToken);
        Workers = await staffDirectory.ListAsync(Elder.StationId, cancellationToken);
    }
}
