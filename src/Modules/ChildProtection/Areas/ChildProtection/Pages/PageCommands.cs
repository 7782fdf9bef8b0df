using FluentValidation;
using MediatR;
using ModularSocialWork.BuildingBlocks.Mediation;

namespace ModularSocialWork.Modules.ChildProtection.Areas.ChildProtection.Pages;

/// <summary>
/// Sends a command from a page and turns the expected refusals (invalid input, a refused transition, a missing
/// station…) into the Chinese message the page shows; anything else (404 of another station's record, 403) propagates
/// to the host's error pages.
/// </summary>
internal static class PageCommands
{
    public static async Task<(T? Result, string? Error)> SendAsync<T>(IMediator mediator, IRequest<T> command, CancellationToken cancellationToken)
    {
        try
        {
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
    }
}
