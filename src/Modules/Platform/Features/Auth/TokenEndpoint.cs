using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Features.Auth;

/// <summary>
/// <c>POST /api/auth/token</c>: bearer tokens for scripts. The bearer handler writes
/// <c>{tokenType, accessToken, expiresIn, refreshToken}</c> itself when signing in with its scheme.
/// </summary>
internal static class TokenEndpoint
{
    public const string Route = "/api/auth/token";
    public const string FailureTitle = "用户名或密码错误";

    public sealed record TokenRequest(string? UserName, string? Password);

    public static IEndpointConventionBuilder MapTokenEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, IssueAsync)
            .AllowAnonymous()
            .WithName("IssueToken")
            .WithTags("Auth")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    internal static async Task<IResult> IssueAsync(
        [FromBody] TokenRequest? request,
        [FromServices] StaffPasswordCheck check,
        [FromServices] SignInManager<StaffUser> signInManager)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request?.UserName)) errors["userName"] = ["请填写用户名。"];
        if (string.IsNullOrEmpty(request?.Password)) errors["password"] = ["请填写密码。"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "请求参数有误");

        var user = await check.CheckAsync(request!.UserName!, request.Password!);
        if (user is null)
        {
            // Same answer for unknown user, wrong password, locked out and deactivated: no hint for guessing.
            return TypedResults.Problem(title: FailureTitle, statusCode: StatusCodes.Status401Unauthorized);
        }

        signInManager.AuthenticationScheme = IdentityConstants.BearerScheme;
        await signInManager.SignInAsync(user, isPersistent: false);
        return TypedResults.Empty;
    }
}
