using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain;
using ModularSocialWork.Modules.Platform.Identity;

namespace ModularSocialWork.Modules.Platform.Features.Staff;

/// <summary>An administrator creates a staff account (there is no self-registration).</summary>
internal static class CreateStaffAccount
{
    [RequiresPermission(PlatformPermissions.StaffManage)]
    public sealed record Command(string UserName, string DisplayName, string Password, string Role, Guid StationId, Guid? AgencyId = null)
        : IRequest<Guid>, BuildingBlocks.Auditing.IAuditedCommand
    {
        public string AuditAction => "Platform.Staff.Create";
        public string AuditEntityType => "StaffUser";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.UserName).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("请填写用户名。")
                .MaximumLength(50).WithMessage("用户名不能超过 50 个字符。")
                .Matches("^[A-Za-z0-9._@+-]+$").WithMessage("用户名只能包含字母、数字和 - . _ @ +。");
            RuleFor(c => c.DisplayName).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("请填写姓名。")
                .MaximumLength(50).WithMessage("姓名不能超过 50 个字符。");
            RuleFor(c => c.Password).StaffPassword(c => c.UserName, "请填写初始密码。");
            RuleFor(c => c.Role).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("请选择角色。")
                .Must(r => StaffRoles.All.Contains(r)).WithMessage("角色无效。");
            RuleFor(c => c.StationId).NotEmpty().WithMessage("请选择所属站点。");
        }
    }

    internal sealed class Handler(PlatformDbContext db, UserManager<StaffUser> users, TimeProvider clock) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command request, CancellationToken cancellationToken)
        {
            if (await users.FindByNameAsync(request.UserName) is not null)
            {
                throw new ConflictException($"用户名“{request.UserName}”已被使用。");
            }

            if (!await db.Stations.AnyAsync(s => s.Id == request.StationId && s.IsActive, cancellationToken))
            {
                throw new BusinessRuleException("所选站点不存在或已停用。", nameof(Command.StationId));
            }

            if (request.AgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
            {
                throw new BusinessRuleException("所选承接机构不存在。", nameof(Command.AgencyId));
            }

            var user = new StaffUser
            {
                Id = Guid.CreateVersion7(),
                UserName = request.UserName,
                DisplayName = request.DisplayName.Trim(),
                StationId = request.StationId,
                AgencyId = request.AgencyId,
                IsActive = true,
                CreatedAt = clock.GetUtcNow(),
            };

            // User and role membership are two saves in Identity: one transaction, so a failure leaves no role-less account.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            Check(await users.CreateAsync(user, request.Password), request.UserName);
            Check(await users.AddToRoleAsync(user, request.Role), request.UserName);
            await transaction.CommitAsync(cancellationToken);
            return user.Id;
        }

        /// <summary>Identity's own checks (e.g. a concurrent duplicate) surface as the same 409/400 the validator gives.</summary>
        private static void Check(IdentityResult result, string userName)
        {
            if (result.Succeeded) return;
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                throw new ConflictException($"用户名“{userName}”已被使用。");
            }

            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(
                e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Command.Password) : nameof(Command.UserName),
                e.Description)));
        }
    }
}
