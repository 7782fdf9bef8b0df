using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using ModularSocialWork.BuildingBlocks.Security;

namespace ModularSocialWork.Host.Composition;

/// <summary>Small form posts of the web shell: language switch and the station switcher (antiforgery is enforced on both).</summary>
public static class ShellEndpoints
{
    public static void MapShellEndpoints(this WebApplication app)
    {
        app.MapPost("/culture", ([FromForm] string culture, [FromForm] string? returnUrl, HttpContext context) =>
        {
            var chosen = SocialWorkPipeline.Cultures.FirstOrDefault(c => c.Name == culture)?.Name ?? "zh-CN";
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(LocalOrHome(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapPost("/station-switch", async ([FromForm] Guid stationId, [FromForm] string? returnUrl, HttpContext context,
            ICurrentStaff staff, IStationDirectory stations) =>
        {
            if (!staff.HasPermission(StaffClaims.SwitchStationPermission)) return Results.Forbid();
            var known = await stations.GetStationsAsync(context.RequestAborted);
            if (known.All(s => s.Id != stationId)) return Results.LocalRedirect(LocalOrHome(returnUrl));
            context.Response.Cookies.Append(StaffClaims.ActingStationCookie, stationId.ToString(),
                new CookieOptions { IsEssential = true, SameSite = SameSiteMode.Strict, HttpOnly = true });
            return Results.LocalRedirect(LocalOrHome(returnUrl));
        }).RequireAuthorization().ExcludeFromDescription();
    }

    private static string LocalOrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
