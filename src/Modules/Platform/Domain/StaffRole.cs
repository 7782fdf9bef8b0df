using Microsoft.AspNetCore.Identity;

namespace ModularSocialWork.Modules.Platform.Domain;

/// <summary>A role; its permissions are role claims of type <c>msw:permission</c>.</summary>
internal sealed class StaffRole : IdentityRole<Guid>
{
    public StaffRole() { }

    public StaffRole(string name) : base(name) => Id = Guid.CreateVersion7();
}
