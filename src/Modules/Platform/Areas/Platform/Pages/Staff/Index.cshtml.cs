using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.Modules.Platform.Features.Staff;
using ModularSocialWork.Modules.Platform.Features.Stations;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Staff;

/// <summary>Staff accounts: the list, and the form administrators use to create an account.</summary>
[Authorize(Policy = PlatformPermissions.StaffManagePolicy)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>User name of the account just created (after the redirect that follows a successful post).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Created { get; set; }

    internal IReadOnlyList<ListStaffAccounts.StaffAccount> Accounts { get; private set; } = [];
    internal IReadOnlyList<ListStations.StationItem> Stations { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Binding errors come in English from MVC; the validator says the same things in Chinese, so let it decide.
        ModelState.Clear();
        var command = new CreateStaffAccount.Command(
            Input.UserName?.Trim() ?? "", Input.DisplayName ?? "", Input.Password ?? "", Input.Role ?? "",
            Input.StationId ?? Guid.Empty);
        try
        {
            await mediator.Send(command, cancellationToken);
            return RedirectToPage(new { created = command.UserName });
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors) ModelState.AddModelError(FieldKey(error.PropertyName), error.ErrorMessage);
        }
        catch (ConflictException ex)
        {
            ModelState.AddModelError(FieldKey(nameof(InputModel.UserName)), ex.Message);
        }
        catch (BusinessRuleException ex)
        {
            ModelState.AddModelError(ex.Field is null ? string.Empty : FieldKey(ex.Field), ex.Message);
        }

        Created = null;
        Input.Password = null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private static string FieldKey(string property) => $"{nameof(Input)}.{property}";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Accounts = await mediator.Send(new ListStaffAccounts.Query(), cancellationToken);
        Stations = await mediator.Send(new ListStations.Query(), cancellationToken);
    }

    public sealed class InputModel
    {
        public string? UserName { get; set; }
        public string? DisplayName { get; set; }
        public string? Password { get; set; }
        public string? Role { get; set; }
        public Guid? StationId { get; set; }
    }
}
