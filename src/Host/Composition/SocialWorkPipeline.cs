using System.Globalization;
using FluentValidation;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Host.Composition.Plugins;
using ModularSocialWork.Host.Infrastructure;
using Scalar.AspNetCore;

namespace ModularSocialWork.Host.Composition;

/// <summary>The request pipeline and the endpoints every host serves, then each enabled module's API.</summary>
public static class SocialWorkPipeline
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static WebApplication UseSocialWork(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            StatusCodeSelector = StatusCodeFor,
        });
        app.UseWhen(ProblemDetailsExceptionHandler.IsApiRequest, api => api.UseStatusCodePages());
        app.UseWhen(c => !ProblemDetailsExceptionHandler.IsApiRequest(c), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseSecurityHeaders();

        // Chinese first: only an explicit choice (cookie or ?culture=) switches to English, never the browser's language.
        var localization = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("zh-CN"),
            SupportedCultures = Cultures,
            SupportedUICultures = Cultures,
        };
        localization.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        app.UseRequestLocalization(localization);

        app.UseStaticFiles();
        app.UsePluginStaticWebAssets();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new HangfireSetup.CountyAdminDashboardFilter()],
            DashboardTitle = "后台任务 / Background jobs",
            AppPath = "/",
        });

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").RequireAuthorization();
        app.MapScalarApiReference("/scalar", o => o.WithTitle("ModularSocialWork API")).RequireAuthorization();
        app.MapRazorPages();
        app.MapJobEndpoints();
        app.MapShellEndpoints();

        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        foreach (var entry in catalog.Enabled)
        {
            entry.Module.MapRootEndpoints(app);
            var api = app.MapGroup(entry.Manifest.ApiPrefix)
                .WithTags(entry.Manifest.NameEn)
                .RequireAuthorization();
            entry.Module.MapEndpoints(api);
        }

        return app;
    }

    private static int StatusCodeFor(Exception exception) => exception switch
    {
        AppException app => app.StatusCode,
        ValidationException => StatusCodes.Status400BadRequest,
        Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>County admins list the recurring jobs of enabled modules and trigger one now ("run now").</summary>
    private static void MapJobEndpoints(this WebApplication app)
    {
        var jobs = app.MapGroup("/api/jobs").WithTags("Jobs").RequireAuthorization(PermissionClaim.Policy("Platform.Jobs.Run"));
        jobs.MapGet("/", (ModuleCatalog catalog) =>
            RecurringJobCatalog.Enabled(catalog).Select(j => new { j.Id, j.Cron }))
            .WithName("ListRecurringJobs");
        jobs.MapPost("/{jobId}/run", (string jobId, ModuleCatalog catalog, IRecurringJobManagerV2 manager) =>
        {
            if (RecurringJobCatalog.Enabled(catalog).All(j => j.Id != jobId))
            {
                return Results.Problem(title: $"没有名为 {jobId} 的后台任务。", statusCode: StatusCodes.Status404NotFound);
            }

            var backgroundJobId = manager.TriggerJob(jobId);
            return Results.Accepted(value: new { jobId, backgroundJobId });
        }).WithName("RunRecurringJobNow");
    }
}
