using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain;

namespace ModularSocialWork.Modules.Platform.Identity;

/// <summary>ASP.NET Core Identity with two ways in: a cookie for pages and a bearer token for scripts.</summary>
internal static class PlatformAuthenticationSetup
{
    /// <summary>Policy scheme that picks cookie or bearer per request; it is the default for everything.</summary>
    public const string Scheme = "msw";

    public const string CookieName = "msw.auth";
    public const string LoginPath = "/account/login";
    public const string AccessDeniedPath = "/error/403";

    /// <summary>How often a cookie session is checked against the account (security stamp, active flag).</summary>
    public static readonly TimeSpan CookieValidationInterval = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddPlatformIdentity(this IServiceCollection services, AccountPolicy? policy = null)
    {
        policy ??= AccountPolicy.Default;
        services.AddSingleton(policy);
        services.AddSingleton<SecurityStampCache>();
        services.Configure<MvcOptions>(o => o.Filters.Add<AccountPolicyPageFilter>());
        services.AddScoped<AccountPolicyPageFilter>();

        services.AddIdentityCore<StaffUser>(PlatformIdentityOptions.Configure)
            .AddRoles<StaffRole>()
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddSignInManager<StaffSignInManager>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddPasswordValidator<CharacterClassPasswordValidator>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = SelectScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(1);
                // Identity's bearer handler does not check the security stamp: a disabled account or a changed password
                // must end tokens too, at once (checked on every request, stamps cached ≤ 30 s and evicted on change).
                o.Events.OnMessageReceived = BearerTokenRevocation.OnMessageReceivedAsync;
            })
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = LoginPath;
            o.AccessDeniedPath = AccessDeniedPath;
            // Idle logout (等保): 30 minutes at L2, 15 at L3; every request within the window slides it.
            o.ExpireTimeSpan = policy.IdleTimeout;
            o.SlidingExpiration = true;
            // Identity already set OnValidatePrincipal (security stamp check): keep those events, change only redirects.
            o.Events.OnRedirectToLogin = ctx => RedirectOrStatus(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => RedirectOrStatus(ctx, StatusCodes.Status403Forbidden);
        });

        // A deactivated account or a changed password ends open page sessions within 30 s, not Identity's default
        // 30 minutes. Bearer tokens are checked on every request by BearerTokenRevocation.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = CookieValidationInterval);
        return services;
    }

    internal static string SelectScheme(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;
    }

    /// <summary>Machines (API, OpenAPI, Hangfire's JSON polling) get a status code; people get the sign-in page.</summary>
    internal static bool IsMachineRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi") ||
        request.Path.StartsWithSegments("/hangfire");

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsMachineRequest(context.Request))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
