using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Domain;
using ModularSocialWork.Modules.Platform.Identity;

namespace ModularSocialWork.Modules.Platform.Features.Auth;

/// <summary>
/// A signed-in person changes their own password (current + new + confirmation). Clears the "must change" flag an
/// administrator's reset set; the new security stamp ends the account's other sessions and tokens, this one is renewed.
/// </summary>
internal static class ChangeOwnPassword
{
    public sealed record Command(string CurrentPassword, string NewPassword, string ConfirmPassword) : IRequest, IAuditedCommand
    {
        public string AuditAction => "Platform.Account.ChangePassword";
        public string AuditEntityType => "StaffUser";
    }

    /// <summary>Whether an administrator's reset requires this person to choose a new password now.</summary>
    public sealed record MustChangeQuery : IRequest<bool>;

    internal sealed class MustChangeHandler(ICurrentStaff current, UserManager<StaffUser> users) : IRequestHandler<MustChangeQuery, bool>
    {
        public async Task<bool> Handle(MustChangeQuery request, CancellationToken cancellationToken) =>
            current.UserId is { } id && await users.FindByIdAsync(id.ToString()) is { MustChangePassword: true };
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(ICurrentStaff current)
        {
            RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("请填写当前密码。");
            RuleFor(c => c.NewPassword).StaffPassword(_ => current.UserName, "请填写新密码。")
                .NotEqual(c => c.CurrentPassword).WithMessage("新密码不能与当前密码相同。");
            RuleFor(c => c.ConfirmPassword).Equal(c => c.NewPassword).WithMessage("两次输入的新密码不一致。");
        }
    }

    internal sealed class Handler(
        ICurrentStaff current, UserManager<StaffUser> users, SignInManager<StaffUser> signIn, SecurityStampCache stamps)
        : IRequestHandler<Command>
    {
        public async Task<Unit> Handle(Command request, CancellationToken cancellationToken)
        {
            var user = current.UserId is { } id ? await users.FindByIdAsync(id.ToString()) : null;
            if (user is null) throw new UnauthenticatedException();

            var mustChange = user.MustChangePassword;
            user.MustChangePassword = false;
            // One save: hash, new security stamp and the cleared flag (ChangePasswordAsync ends in UpdateAsync).
            var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
            if (!result.Succeeded)
            {
                user.MustChangePassword = mustChange; // not saved, but keep the tracked entity honest
                throw new ValidationException(result.Errors.Select(e => new ValidationFailure(
                    e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(Command.CurrentPassword) : nameof(Command.NewPassword),
                    e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "当前密码不正确。" : e.Description)));
            }

            stamps.Evict(user.Id);
            // This browser keeps its session with the new stamp (a bearer caller simply gets a new token).
            if (PlatformAuthenticationSetup.SelectScheme(signIn.Context) == IdentityConstants.ApplicationScheme)
            {
                await signIn.RefreshSignInAsync(user);
            }

            return Unit.Value;
        }
    }
}
