using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.Modules.Platform.Features.Auth;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Account;

/// <summary>Self-service password change (<c>/account/password</c>); forced after an administrator's reset.</summary>
[Authorize]
public sealed class PasswordModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Changed { get; set; }

    internal bool MustChange { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        MustChange = await mediator.Send(new ChangeOwnPassword.MustChangeQuery(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            await mediator.Send(new ChangeOwnPassword.Command(Input.CurrentPassword ?? "", Input.NewPassword ?? "", Input.ConfirmPassword ?? ""), cancellationToken);
            return RedirectToPage(new { changed = true });
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors) ModelState.AddModelError($"{nameof(Input)}.{error.PropertyName}", error.ErrorMessage);
        }

        Input = new InputModel();
        Changed = false;
        MustChange = await mediator.Send(new ChangeOwnPassword.MustChangeQuery(), cancellationToken);
        return Page();
    }

    public sealed class InputModel
    {
        public string? CurrentPassword { get; set; }
        public string? NewPassword { get; set; }
        public string? ConfirmPassword { get; set; }
    }
}
