using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.ChildProtection.Domain;
using ModularSocialWork.Modules.ChildProtection.Features.Children;

namespace ModularSocialWork.Modules.ChildProtection.Areas.ChildProtection.Pages.Children;

/// <summary>
/// Edits a profile (contacts are kept). Health and disability appear only with Health.Read; without it the server keeps
/// them as stored whatever is posted. The version read with the form guards against overwriting another's change.
/// </summary>
[Authorize(Policy = ChildProtectionPermissions.CasesWritePolicy)]
public sealed class EditModel(IMediator mediator, ICurrentStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public Guid Version { get; set; }
    [BindProperty] public int Category { get; set; }
    [BindProperty] public int GuardianshipStatus { get; set; }
    [BindProperty] public int RiskLevel { get; set; }
    [BindProperty] public string? School { get; set; }
    [BindProperty] public string? Grade { get; set; }
    [BindProperty] public string? HealthNotes { get; set; }
    [BindProperty] public string? DisabilityNotes { get; set; }
    [BindProperty] public int LegalBasis { get; set; }
    [BindProperty] public string? ConsentGuardianName { get; set; }
    [BindProperty] public DateOnly? ConsentDate { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public string Name { get; private set; } = "";
    public Guid? AssignedWorkerId { get; private set; }
    public bool CanReadHealth => staff.HasPermission(ChildProtectionPermissions.HealthRead);
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var c = await mediator.Send(new GetChildProfile.Query(Id), cancellationToken);
        Name = c.Name;
        Version = c.Version;
        Category = (int)c.Category;
        GuardianshipStatus = (int)c.GuardianshipStatus;
        RiskLevel = (int)c.RiskLevel;
        School = c.School;
        Grade = c.Grade;
        HealthNotes = c.HealthNotes;
        DisabilityNotes = c.DisabilityNotes;
        LegalBasis = (int)c.LegalBasis;
        ConsentGuardianName = c.ConsentGuardianName;
        ConsentDate = c.ConsentDate;
        Notes = c.Notes;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var header = await mediator.Send(new GetChildHeader.Query(Id), cancellationToken);
        var (_, error) = await PageCommands.SendAsync(this, mediator, new UpdateChildProfile.Command
        {
            Id = Id,
            Version = Version,
            Category = (ChildCategory)Category,
            GuardianshipStatus = (GuardianshipStatus)GuardianshipStatus,
            RiskLevel = (RiskLevel)RiskLevel,
            School = School,
            Grade = Grade,
            HealthNotes = HealthNotes,
            DisabilityNotes = DisabilityNotes,
            LegalBasis = (LegalBasis)LegalBasis,
            ConsentGuardianName = ConsentGuardianName,
            ConsentDate = ConsentDate,
            Notes = Notes,
            AssignedWorkerId = header.AssignedWorkerId,
        }, cancellationToken);
        if (error is null) return RedirectToPage("Details", new { id = Id, saved = true });
        Error = error;
        Name = header.Name;
        return Page();
    }
}
