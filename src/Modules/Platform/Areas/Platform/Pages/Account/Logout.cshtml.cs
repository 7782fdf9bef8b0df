using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.Modules.Platform.Features.Auth;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Account;

/// <summary>
/// Sign-out is a POST with an antiforgery token (Razor Pages validates it), so another site cannot sign staff out.
/// GET only shows a confirmation button. Anonymous, so an expired session can still "sign out" cleanly.
/// </summary>
[AllowAnonymous]
public sealed class LogoutModel(IMediator mediator) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new SignOutStaff.Command(), cancellationToken);
        return Redirect("/account/login");
    }
}
