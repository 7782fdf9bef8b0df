using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Web;

namespace ModularSocialWork.Modules.ChildProtection.Areas.ChildProtection.Pages;

/// <summary>
/// Sends a command from a page and turns the expected refusals (a value the form could not read, invalid input, a
/// refused transition, someone else's newer save, a missing station…) into the Chinese message the page shows; anything
/// else (404 of another station's record, 403) propagates to the host's error pages.
/// </summary>
internal static class PageCommands
{
    public const string ConcurrencyMessage = "该记录已被他人修改，请刷新后重试。";

    public static async Task<(T? Result, string? Error)> SendAsync<T>(
        PageModel page, IMediator mediator, IRequest<T> command, CancellationToken cancellationToken)
    {
        try
        {
            // A value that did not bind ("2026-02-30", "abc" for a number) is refused, not sent as a default.
            FormBinding.ThrowIfAny(FormBinding.Unreadable(page.ModelState));
            return (await mediator.Send(command, cancellationToken), null);
        }
        catch (ValidationException ex)
        {
            return (default, string.Join(" ", ex.Errors.Select(e => e.ErrorMessage).Distinct()));
        }
        catch (AppException ex) when (ex is ConflictException or BusinessRuleException)
        {
            return (default, ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (default, ConcurrencyMessage);
        }
    }
}
