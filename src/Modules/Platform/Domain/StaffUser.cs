using Microsoft.AspNetCore.Identity;

namespace ModularSocialWork.Modules.Platform.Domain;

/// <summary>A staff account (ASP.NET Core Identity user) with its home station.</summary>
internal sealed class StaffUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>Home station: the subtree whose data this account sees.</summary>
    public Guid StationId { get; set; }

    public Guid? AgencyId { get; set; }

    /// <summary>A deactivated account cannot sign in and its sessions end at the next security stamp check.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when an administrator resets the password: the user must choose a new one at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }
}
