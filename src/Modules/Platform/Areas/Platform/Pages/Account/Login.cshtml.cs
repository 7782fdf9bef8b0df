using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.Modules.Platform.Features.Auth;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Account;

/// <summary>The sign-in page (<c>/account/login</c>): cookie session for people; scripts use <c>/api/auth/token</c>.</summary>
[AllowAnonymous]
public sealed class LoginModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    internal bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = string.IsNullOrWhiteSpace(Input.UserName) || string.IsNullOrEmpty(Input.Password)
            ? SignInWithPassword.Outcome.Failed
            : await mediator.Send(new SignInWithPassword.Command(Input.UserName.Trim(), Input.Password), cancellationToken);
        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
        if (outcome == SignInWithPassword.Outcome.RequiresTwoFactor)
        {
            return RedirectToPage("LoginTwoFactor", new { returnUrl });
        }

        if (outcome != SignInWithPassword.Outcome.SignedIn)
        {
            // One message for every failure (unknown user, wrong password, locked, deactivated): no hint for guessing.
            Failed = true;
            Input.Password = null;
            return Page();
        }

        // Only local return URLs: an absolute one would make this page an open redirect for phishing.
        return LocalRedirect(returnUrl);
    }

    public sealed class InputModel
    {
        public string? UserName { get; set; }
        public string? Password { get; set; }
    }
}
