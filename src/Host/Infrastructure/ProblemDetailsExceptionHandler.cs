using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;

namespace ModularSocialWork.Host.Infrastructure;

/// <summary>
/// Expected failures become RFC 9457 ProblemDetails for the API (400 validation with field errors, 401/403/404/409);
/// anything else is a 500 without a stack trace. Pages get the Chinese error pages through the status-code pages.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        switch (exception)
        {
            case ValidationException validation:
                problem = new HttpValidationProblemDetails(validation.Errors
                    .GroupBy(e => JsonName(e.PropertyName))
                    .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()))
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "提交的内容有误，请检查后重试。",
                };
                break;
            case BusinessRuleException rule when rule.Field is not null:
                problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [JsonName(rule.Field)] = [rule.Message] })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = rule.Message,
                };
                break;
            case AppException app:
                problem = new ProblemDetails { Status = app.StatusCode, Title = app.Message };
                break;
            case DbUpdateConcurrencyException:
                problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "该记录已被他人修改，请刷新后重试。" };
                break;
            case BadHttpRequestException bad:
                problem = new ProblemDetails { Status = bad.StatusCode, Title = "请求格式不正确。" };
                break;
            default:
                logger.LogError(exception, "Unhandled exception for {Path}", httpContext.Request.Path);
                problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "系统出现错误，请稍后重试。" };
                break;
        }

        if (exception is AppException { ProblemExtensions: var extensions })
        {
            foreach (var (key, value) in extensions) problem.Extensions[key] = value;
        }

        problem.Extensions["traceId"] = httpContext.TraceIdentifier;
        httpContext.Response.StatusCode = problem.Status ?? 500;

        if (!IsApiRequest(httpContext))
        {
            // Pages: let the status-code page render the Chinese message (re-executed by UseStatusCodePagesWithReExecute).
            return problem.Status >= 500 ? false : await WriteAsync(httpContext, problem);
        }

        return await WriteAsync(httpContext, problem);
    }

    private async ValueTask<bool> WriteAsync(HttpContext httpContext, ProblemDetails problem)
    {
        if (await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem })) return true;
        if (!IsApiRequest(httpContext)) return false;
        // The writers decline when the client's Accept header names no JSON type; an API caller still gets ProblemDetails,
        // never the HTML error page.
        await httpContext.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
        return true;
    }

    internal static bool IsApiRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi");

    private static string JsonName(string propertyName) =>
        string.IsNullOrEmpty(propertyName) ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}
