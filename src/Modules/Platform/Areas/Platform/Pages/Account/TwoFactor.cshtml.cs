using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Web;
using ModularSocialWork.Modules.Platform.Features.Auth;
using ModularSocialWork.Modules.Platform.Identity;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Account;

/// <summary>
/// Two-factor enrolment for every signed-in person (<c>/account/two-factor</c>): key, QR code, verify a code to enable,
/// recovery codes shown once, disable (not at L3).
/// </summary>
[Authorize]
public sealed class TwoFactorModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    internal TwoFactorEnrolment.State State { get; private set; } = null!;
    internal string QrCode { get; private set; } = "";
    internal IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    internal string? Message { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            RecoveryCodes = await mediator.Send(new TwoFactorEnrolment.EnableCommand(Code ?? ""), cancellationToken);
            Message = UiText.Pick("双重验证已启用。", "Two-factor sign-in is on.");
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors) ModelState.AddModelError(nameof(Code), error.ErrorMessage);
        }
        catch (ConflictException ex)
        {
            ModelState.AddModelError(nameof(Code), ex.Message);
        }

        Code = null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new TwoFactorEnrolment.DisableCommand(), cancellationToken);
            Message = UiText.Pick("双重验证已关闭。", "Two-factor sign-in is off.");
        }
        catch (ConflictException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        State = await mediator.Send(new TwoFactorEnrolment.Query(), cancellationToken);
        QrCode = State.Enabled ? "" : TwoFactorSetup.QrCodeDataUri(State.AuthenticatorUri);
    }
}
