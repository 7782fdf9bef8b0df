using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain;
using ModularSocialWork.Modules.Platform.Identity;

namespace ModularSocialWork.Modules.Platform.Features.Staff;

/// <summary>
/// What an administrator does to an existing account: disable/enable, reset the password (the user must change it at
/// the next sign-in), change its one role, move it to another station. Each change that takes rights away or replaces
/// the password renews the security stamp, which ends the account's cookie sessions (≤ 30 s) and bearer tokens (at
/// once). Nothing is half-written: several Identity saves run in one transaction.
/// </summary>
internal static class ManageStaffAccount
{
    public const string EntityType = "StaffUser";
    public const string CannotDisableSelf = "不能停用自己的账号。";
    public const string LastCountyAdmin = "这是最后一个在用的县级管理员账号，不能停用或改为其他角色。请先为其他人分配县级管理员角色。";

    [RequiresPermission(PlatformPermissions.StaffManage)]
    public sealed record Disable(Guid Id) : IRequest, IAuditedCommand
    {
        public string AuditAction => "Platform.Staff.Disable";
        public string AuditEntityType => EntityType;
    }

    [RequiresPermission(PlatformPermissions.StaffManage)]
    public sealed record Enable(Guid Id) : IRequest, IAuditedCommand
    {
        public string AuditAction => "Platform.Staff.Enable";
        public string AuditEntityType => EntityType;
    }

    [RequiresPermission(PlatformPermissions.StaffManage)]
    public sealed record ResetPassword(Guid Id, string Password) : IRequest, IAuditedCommand
    {
        public string AuditAction => "Platform.Staff.ResetPassword";
        public string AuditEntityType => EntityType;
    }

    [RequiresPermission(PlatformPermissions.StaffManage)]
    public sealed record ChangeRole(Guid Id, string Role) : IRequest, IAuditedCommand
    {
        public string AuditAction => "Platform.Staff.ChangeRole";
        public string AuditEntityType => EntityType;
    }

    [RequiresPermission(PlatformPermissions.StaffManage)]
    public sealed record ChangeStation(Guid Id, Guid StationId) : IRequest, IAuditedCommand
    {
        public string AuditAction => "Platform.Staff.ChangeStation";
        public string AuditEntityType => EntityType;
    }

    internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
    {
        // The user name is only known to the handler; Identity's CommonPasswordValidator checks that part again.
        public ResetPasswordValidator() => RuleFor(c => c.Password).StaffPassword(_ => null, "请填写临时密码。");
    }

    internal sealed class ChangeRoleValidator : AbstractValidator<ChangeRole>
    {
        public ChangeRoleValidator() =>
            RuleFor(c => c.Role).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("请选择角色。")
                .Must(r => StaffRoles.All.Contains(r)).WithMessage("角色无效。");
    }

    internal sealed class ChangeStationValidator : AbstractValidator<ChangeStation>
    {
        public ChangeStationValidator() => RuleFor(c => c.StationId).NotEmpty().WithMessage("请选择所属站点。");
    }

    internal sealed class Handlers(
        PlatformDbContext db, UserManager<StaffUser> users, ICurrentStaff current, SecurityStampCache stamps)
        : IRequestHandler<Disable>, IRequestHandler<Enable>, IRequestHandler<ResetPassword>, IRequestHandler<ChangeRole>,
          IRequestHandler<ChangeStation>
    {
        public async Task<Unit> Handle(Disable request, CancellationToken cancellationToken)
        {
            var user = await FindAsync(request.Id);
            if (current.UserId == user.Id) throw new ConflictException(CannotDisableSelf);
            if (!user.IsActive) return Unit.Value;
            await EnsureNotLastCountyAdminAsync(user, cancellationToken);

            user.IsActive = false;
            Check(await users.UpdateSecurityStampAsync(user)); // one save: flag and new stamp
            stamps.Evict(user.Id);
            return Unit.Value;
        }

        public async Task<Unit> Handle(Enable request, CancellationToken cancellationToken)
        {
            var user = await FindAsync(request.Id);
            if (user.IsActive) return Unit.Value;
            user.IsActive = true;
            Check(await users.UpdateAsync(user));
            stamps.Evict(user.Id);
            return Unit.Value;
        }

        public async Task<Unit> Handle(ResetPassword request, CancellationToken cancellationToken)
        {
            var user = await FindAsync(request.Id);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            user.MustChangePassword = true;
            var token = await users.GeneratePasswordResetTokenAsync(user);
            // Validates the password (Identity's validators incl. the user-name check), saves hash, new stamp and flag.
            Check(await users.ResetPasswordAsync(user, token, request.Password), nameof(ResetPassword.Password));
            // A reset is also how a locked-out person gets back in.
            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.ResetAccessFailedCountAsync(user));
            await transaction.CommitAsync(cancellationToken);
            stamps.Evict(user.Id);
            return Unit.Value;
        }

        public async Task<Unit> Handle(ChangeRole request, CancellationToken cancellationToken)
        {
            var user = await FindAsync(request.Id);
            var roles = await users.GetRolesAsync(user);
            if (roles.Count == 1 && roles[0] == request.Role) return Unit.Value;
            if (request.Role != StaffRoles.CountyAdmin) await EnsureNotLastCountyAdminAsync(user, cancellationToken);

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (roles.Count > 0) Check(await users.RemoveFromRolesAsync(user, roles));
            Check(await users.AddToRoleAsync(user, request.Role));
            Check(await users.UpdateSecurityStampAsync(user)); // tokens carry the old role's permissions
            await transaction.CommitAsync(cancellationToken);
            stamps.Evict(user.Id);
            return Unit.Value;
        }

        public async Task<Unit> Handle(ChangeStation request, CancellationToken cancellationToken)
        {
            var user = await FindAsync(request.Id);
            if (!await db.Stations.AnyAsync(s => s.Id == request.StationId && s.IsActive, cancellationToken))
            {
                throw new BusinessRuleException("所选站点不存在或已停用。", nameof(ChangeStation.StationId));
            }

            if (user.StationId == request.StationId) return Unit.Value;
            user.StationId = request.StationId;
            Check(await users.UpdateSecurityStampAsync(user)); // tokens carry the old station
            stamps.Evict(user.Id);
            return Unit.Value;
        }

        private async Task<StaffUser> FindAsync(Guid id) =>
            await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("找不到该账号。");

        /// <summary>409 when <paramref name="user"/> is the only active county admin (the county would be locked out).</summary>
        private async Task EnsureNotLastCountyAdminAsync(StaffUser user, CancellationToken cancellationToken)
        {
            var countyAdminIds = await (from ur in db.UserRoles
                                        join r in db.Roles on ur.RoleId equals r.Id
                                        join u in db.Users on ur.UserId equals u.Id
                                        where r.Name == StaffRoles.CountyAdmin && u.IsActive
                                        select u.Id).ToListAsync(cancellationToken);
            if (countyAdminIds.Contains(user.Id) && countyAdminIds.All(id => id == user.Id))
            {
                throw new ConflictException(LastCountyAdmin);
            }
        }

        private static void Check(IdentityResult result, string field = "")
        {
            if (result.Succeeded) return;
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            {
                throw new ConflictException(result.Errors.First().Description);
            }

            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(field, e.Description)));
        }
    }
}
