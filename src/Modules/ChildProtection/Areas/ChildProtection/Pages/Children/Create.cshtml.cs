using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.PersonalData;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ChildProtection.Domain;
using ModularSocialWork.Modules.ChildProtection.Features;
using ModularSocialWork.Modules.ChildProtection.Features.Children;

namespace ModularSocialWork.Modules.ChildProtection.Areas.ChildProtection.Pages.Children;

/// <summary>Opens a child profile: find the resident in the ledger, then category, guardianship, school, a parent's contact.</summary>
[Authorize(Policy = ChildProtectionPermissions.CasesWritePolicy)]
public sealed class CreateModel(IMediator mediator, IResidentDirectory residents, ICurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? ResidentId { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public IReadOnlyList<ResidentSummary> Found { get; private set; } = [];
    public ResidentSummary? Resident { get; private set; }
    public bool CanReadHealth => staff.HasPermission(ChildProtectionPermissions.HealthRead);
    public string? Error { get; private set; }

    public sealed class InputModel
    {
        public int Category { get; set; }
        public int GuardianshipStatus { get; set; }
        public string? School { get; set; }
        public string? Grade { get; set; }
        public string? HealthNotes { get; set; }
        public string? DisabilityNotes { get; set; }
        public int LegalBasis { get; set; }
        public string? ConsentGuardianName { get; set; }
        public DateOnly? ConsentDate { get; set; }
        public int ContactKind { get; set; }
        public string? ContactName { get; set; }
        public string? ContactWhereabouts { get; set; }
        public string? ContactPhone { get; set; }
        public string? Notes { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var contacts = string.IsNullOrWhiteSpace(Input.ContactName)
            ? new List<ContactInput>()
            : [new((ContactKind)Input.ContactKind, Input.ContactName, null, Input.ContactWhereabouts, Input.ContactPhone)];
        var (id, error) = await PageCommands.SendAsync(this, mediator, new CreateChildProfile.Command
        {
            ResidentId = ResidentId ?? Guid.Empty,
            Category = (ChildCategory)Input.Category,
            GuardianshipStatus = (GuardianshipStatus)Input.GuardianshipStatus,
            School = Input.School,
            Grade = Input.Grade,
            HealthNotes = Input.HealthNotes,
            DisabilityNotes = Input.DisabilityNotes,
            LegalBasis = (LegalBasis)Input.LegalBasis,
            ConsentGuardianName = Input.ConsentGuardianName,
            ConsentDate = Input.ConsentDate,
            Contacts = contacts,
            AssignedWorkerId = null, // the handler assigns the caller when they work at the child's station
            Notes = Input.Notes,
        }, cancellationToken);
        if (error is null) return RedirectToPage("Details", new { id, saved = true });
        Error = error;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (ResidentId is { } id) Resident = await residents.FindAsync(id, cancellationToken);
        if (Resident is null && !string.IsNullOrWhiteSpace(Q)) Found = await residents.SearchAsync(Q, 20, cancellationToken);
    }
}
