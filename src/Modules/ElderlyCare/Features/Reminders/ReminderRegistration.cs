using ModularSocialWork.BuildingBlocks.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModularSocialWork.BuildingBlocks.Modules;
using ModularSocialWork.BuildingBlocks.Reminders;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.BuildingBlocks.Tasks;
using ModularSocialWork.Modules.ElderlyCare.Features.Sweep;

namespace ModularSocialWork.Modules.ElderlyCare.Features.Reminders;

internal static class ReminderRegistration
{
    public static IServiceCollection AddElderlyCareReminders(this IServiceCollection services, ModuleContext context)
    {
        services.AddScoped<ReminderQueries>();
        services.AddScoped<ITaskSource, ElderlyCareTaskSource>();
        return services;
    }

    public static void MapReminderEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/reminders", async (
                [FromServices] ReminderQueries queries, string? status, int? page, int? pageSize, CancellationToken cancellationToken) =>
            {
                var overdue = string.Equals(status, "overdue", StringComparison.OrdinalIgnoreCase);
                if (!overdue && status is not null && !string.Equals(status, "open", StringComparison.OrdinalIgnoreCase))
                {
                    return Results.Problem(title: "status 只能是 open 或 overdue。", statusCode: StatusCodes.Status400BadRequest);
                }

                return Results.Ok(await queries.ListAsync(overdue, page ?? 1, pageSize ?? 50, cancellationToken));
            })
            .RequireAuthorization(PermissionClaim.Policy(ElderlyCarePermissions.EldersRead))
            .WithName("ElderlyCare.ListReminders")
            .WithTags("ElderlyCare");

        // "Run now" from the overdue board: the same job class the Hangfire recurring job runs, executed inline.
        api.MapPost("/reminders/sweep", async ([FromServices] IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
                Results.Ok(await ElderlyCareVisitRemindersJob.RunNowAsync(scopes, cancellationToken)))
            .RequireAuthorization(PermissionClaim.Policy(ElderlyCarePermissions.RemindersRun))
            .WithName("ElderlyCare.RunReminderSweep")
            .WithTags("ElderlyCare");
    }
}
