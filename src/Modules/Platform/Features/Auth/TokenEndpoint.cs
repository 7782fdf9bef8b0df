using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularSocialWork.Modules.Platform.Domain;
using ModularSocialWork.Modules.Platform.Identity;

namespace ModularSocialWork.Modules.Platform.Features.Auth;

/// <summary>
/// <c>POST /api/auth/token</c>: bearer tokens for scripts. The bearer handler writes
/// <c>{tokenType, accessToken, expiresIn, refreshToken}</c> itself when signing in with its scheme.
/// </summary>
internal static class TokenEndpoint
{
    public const string Route = "/api/auth/token";
    public const string FailureTitle = "用户名或密码错误";
    public const string TwoFactorTitle = "需要动态验证码";

    /// <param name="TwoFactorCode">The authenticator app's 6-digit code; required for accounts with two-factor enabled.</param>
    public sealed record TokenRequest(string? UserName, string? Password, string? TwoFactorCode = null);

    public static IEndpointConventionBuilder MapTokenEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, IssueAsync)
            .AllowAnonymous()
            .WithName("IssueToken")
            .WithTags("Auth")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    internal static async Task<IResult> IssueAsync(
        [FromBody] TokenRequest? request,
        [FromServices] StaffPasswordCheck check,
        [FromServices] SignInManager<StaffUser> signInManager,
        [FromServices] AccountPolicy policy)
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

        // Two-factor: told only after a correct password; a wrong code counts towards lockout like a wrong password.
        var users = signInManager.UserManager;
        if (user.TwoFactorEnabled)
        {
            var code = TwoFactorEnrolment.Normalize(request.TwoFactorCode);
            if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                if (code.Length > 0) await users.AccessFailedAsync(user);
                return TypedResults.Problem(title: TwoFactorTitle, statusCode: StatusCodes.Status401Unauthorized);
            }

            await users.ResetAccessFailedCountAsync(user);
        }
        else if (policy.TwoFactorRequired)
        {
            return TypedResults.Problem(
                title: AccountPolicy.L3RequiresTwoFactorMessage,
                detail: "请先在网页上登录并完成双重验证设置（“双重验证”页面），然后再申请令牌。",
                statusCode: StatusCodes.Status403Forbidden);
        }

        signInManager.AuthenticationScheme = IdentityConstants.BearerScheme;
        await signInManager.SignInAsync(user, isPersistent: false);
        return TypedResults.Empty;
    }
}
