using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Web;
using ModularSocialWork.Modules.Platform.Features.Staff;
using ModularSocialWork.Modules.Platform.Features.Stations;

namespace ModularSocialWork.Modules.Platform.Areas.Platform.Pages.Staff;

/// <summary>One account for administrators: disable/enable, reset the password, change role and station.</summary>
[Authorize(Policy = PlatformPermissions.StaffManagePolicy)]
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public Guid? StationId { get; set; }

    [TempData]
    public string? Done { get; set; }

    internal GetStaffAccount.Detail Account { get; private set; } = null!;
    internal IReadOnlyList<ListStations.StationItem> Stations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostDisableAsync(CancellationToken ct) =>
        RunAsync(new ManageStaffAccount.Disable(Id), UiText.Pick("账号已停用，其登录已失效。", "Account disabled; its sessions have ended."), ct);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken ct) =>
        RunAsync(new ManageStaffAccount.Enable(Id), UiText.Pick("账号已启用。", "Account enabled."), ct);

    public Task<IActionResult> OnPostResetPasswordAsync(CancellationToken ct) =>
        RunAsync(new ManageStaffAccount.ResetPassword(Id, NewPassword ?? ""),
            UiText.Pick("密码已重置。请把临时密码当面或电话告知本人，其下次登录时须修改密码。", "Password reset; the user must change it at the next sign-in."), ct);

    public Task<IActionResult> OnPostRoleAsync(CancellationToken ct) =>
        RunAsync(new ManageStaffAccount.ChangeRole(Id, Role ?? ""), UiText.Pick("角色已修改。", "Role changed."), ct);

    public Task<IActionResult> OnPostStationAsync(CancellationToken ct) =>
        RunAsync(new ManageStaffAccount.ChangeStation(Id, StationId ?? Guid.Empty), UiText.Pick("所属站点已修改。", "Station changed."), ct);

    private async Task<IActionResult> RunAsync(IRequest<Unit> command, string done, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            await mediator.Send(command, cancellationToken);
            Done = done;
            return RedirectToPage(new { id = Id });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors) ModelState.AddModelError(string.Empty, error.ErrorMessage);
        }
        catch (AppException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
        }

        NewPassword = null;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Account = await mediator.Send(new GetStaffAccount.Query(Id), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        Stations = await mediator.Send(new ListStations.Query(), cancellationToken);
        Role ??= Account.Role;
        StationId ??= Account.StationId;
        return true;
    }
}
