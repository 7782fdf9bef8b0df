using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace ModularSocialWork.BuildingBlocks.Security;

/// <summary><see cref="ICurrentStaff"/> read from the request's principal; with no request (jobs) it is the system.</summary>
public sealed class ClaimsCurrentStaff(IHttpContextAccessor accessor) : ICurrentStaff
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public bool IsAuthenticated => User?.Identity?.IsAuthenticated == true;

    public Guid? UserId => Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => IsAuthenticated ? User!.Identity!.Name : null;

    public string? DisplayName => IsAuthenticated ? User!.FindFirstValue(StaffClaims.DisplayName) ?? UserName : null;

    public string? Role => User?.FindFirstValue(ClaimTypes.Role);

    public Guid? HomeStationId => Guid.TryParse(User?.FindFirstValue(StaffClaims.StationId), out var id) ? id : null;

    public Guid? ActingStationId
    {
        get
        {
            if (HasPermission(StaffClaims.SwitchStationPermission)
                && accessor.HttpContext?.Request.Cookies[StaffClaims.ActingStationCookie] is { } chosen
                && Guid.TryParse(chosen, out var acting))
            {
                return acting;
            }

            return HomeStationId;
        }
    }

    public bool HasPermission(string permission) =>
        IsAuthenticated && User!.HasClaim(PermissionClaim.Type, permission);
}
