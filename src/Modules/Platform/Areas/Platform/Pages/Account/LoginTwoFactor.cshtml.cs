using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.Modules.Platform.Features.Auth;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Account;

/// <summary>Second sign-in step (<c>/account/login-two-factor</c>): the authenticator code or a recovery code.</summary>
[AllowAnonymous]
public sealed class LoginTwoFactorModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public bool UseRecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    internal bool Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await mediator.Send(new SignInWithTwoFactor.PendingQuery(), cancellationToken) ? Page() : RedirectToPage("Login");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await mediator.Send(new SignInWithTwoFactor.PendingQuery(), cancellationToken)) return RedirectToPage("Login");
        if (await mediator.Send(new SignInWithTwoFactor.Command(Code ?? "", UseRecoveryCode), cancellationToken))
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Failed = true;
        Code = null;
        return Page();
    }
}
