using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace ModularSocialWork.BuildingBlocks.Mediation;

/// <summary>Outermost behaviour: an activity (OpenTelemetry picks it up) and one log line per request with its duration.</summary>
public sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public static readonly ActivitySource Source = new("ModularSocialWork.Mediator");

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = typeof(TRequest).Name;
        using var activity = Source.StartActivity(name);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            logger.LogDebug("{Request} handled in {Elapsed} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (AppException ex)
        {
            // Expected outcomes (404, 409, validation) are not errors of the system.
            logger.LogInformation("{Request} refused with {Status}: {Message}", name, ex.StatusCode, ex.Message);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
        catch (FluentValidation.ValidationException)
        {
            logger.LogInformation("{Request} failed validation", name);
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "{Request} failed after {Elapsed} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
    }
}
