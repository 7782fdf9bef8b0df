using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using ModularSocialWork.BuildingBlocks.Auditing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Security;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain;
using ModularSocialWork.Modules.Platform.Identity;

namespace ModularSocialWork.Modules.Platform.Features.Auth;

/// <summary>
/// TOTP two-factor for the signed-in person (Identity's authenticator provider): see the state and the key to enrol,
/// enable it with a code from the app (recovery codes are returned once), disable it.
/// </summary>
internal static class TwoFactorEnrolment
{
    public sealed record State(bool Enabled, bool Required, string SharedKey, string AuthenticatorUri, int RecoveryCodesLeft);

    /// <summary>The enrolment state; creates the account's authenticator key when it has none yet.</summary>
    public sealed record Query : IRequest<State>;

    public sealed record EnableCommand(string Code) : IRequest<IReadOnlyList<string>>, IAuditedCommand
    {
        public string AuditAction => "Platform.Account.EnableTwoFactor";
        public string AuditEntityType => "StaffUser";
    }

    public sealed record DisableCommand : IRequest, IAuditedCommand
    {
        public string AuditAction => "Platform.Account.DisableTwoFactor";
        public string AuditEntityType => "StaffUser";
    }

    public const int RecoveryCodeCount = 10;
    public const string WrongCodeMessage = "验证码不正确，请核对手机上的时间后重试。";

    internal sealed class EnableValidator : AbstractValidator<EnableCommand>
    {
        public EnableValidator() =>
            RuleFor(c => c.Code).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("请填写验证器应用显示的 6 位验证码。")
                .Must(c => Normalize(c).Length == 6 && Normalize(c).All(char.IsAsciiDigit)).WithMessage("验证码应为 6 位数字。");
    }

    internal static string Normalize(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    internal sealed class QueryHandler(ICurrentStaff current, UserManager<StaffUser> users, IUserStore<StaffUser> store, AccountPolicy policy)
        : IRequestHandler<Query, State>
    {
        public async Task<State> Handle(Query request, CancellationToken cancellationToken)
        {
            var user = await CurrentUserAsync(current, users);
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                // A first key through the store: UserManager.ResetAuthenticatorKeyAsync would also renew the security
                // stamp, which would end this very session and token just for looking at the page.
                key = users.GenerateNewAuthenticatorKey();
                await ((IUserAuthenticatorKeyStore<StaffUser>)store).SetAuthenticatorKeyAsync(user, key, cancellationToken);
                Check(await users.UpdateAsync(user));
            }

            return new State(
                user.TwoFactorEnabled, policy.TwoFactorRequired, TwoFactorSetup.FormatKey(key),
                TwoFactorSetup.AuthenticatorUri(user.UserName ?? "", key),
                user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0);
        }
    }

    internal sealed class EnableHandler(
        ICurrentStaff current, UserManager<StaffUser> users, SignInManager<StaffUser> signIn, SecurityStampCache stamps, PlatformDbContext db)
        : IRequestHandler<EnableCommand, IReadOnlyList<string>>
    {
        public async Task<IReadOnlyList<string>> Handle(EnableCommand request, CancellationToken cancellationToken)
        {
            var user = await CurrentUserAsync(current, users);
            if (user.TwoFactorEnabled) throw new ConflictException("双重验证已启用。");
            if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
            {
                throw new ConflictException("请先打开双重验证页面获取密钥。");
            }

            var valid = await users.VerifyTwoFactorTokenAsync(
                user, users.Options.Tokens.AuthenticatorTokenProvider, Normalize(request.Code));
            if (!valid)
            {
                throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(EnableCommand.Code), WrongCodeMessage)]);
            }

            // Enabled flag and recovery codes are two saves in Identity: one transaction.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
            var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
            await transaction.CommitAsync(cancellationToken);
            stamps.Evict(user.Id);
            await RefreshCookieAsync(signIn, user);
            return codes;
        }
    }

    internal sealed class DisableHandler(
        ICurrentStaff current, UserManager<StaffUser> users, SignInManager<StaffUser> signIn, SecurityStampCache stamps, AccountPolicy policy,
        PlatformDbContext db)
        : IRequestHandler<DisableCommand>
    {
        public async Task<Unit> Handle(DisableCommand request, CancellationToken cancellationToken)
        {
            if (policy.TwoFactorRequired) throw new ConflictException(AccountPolicy.L3RequiresTwoFactorMessage + "，不能关闭。");
            var user = await CurrentUserAsync(current, users);
            if (!user.TwoFactorEnabled) return Unit.Value;

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            Check(await users.SetTwoFactorEnabledAsync(user, false));
            // A new key: a later enrolment must scan again, the old phone entry stops working.
            Check(await users.ResetAuthenticatorKeyAsync(user));
            await transaction.CommitAsync(cancellationToken);
            stamps.Evict(user.Id);
            await RefreshCookieAsync(signIn, user);
            return Unit.Value;
        }
    }

    internal static async Task<StaffUser> CurrentUserAsync(ICurrentStaff current, UserManager<StaffUser> users) =>
        (current.UserId is { } id ? await users.FindByIdAsync(id.ToString()) : null) ?? throw new UnauthenticatedException();

    internal static async Task RefreshCookieAsync(SignInManager<StaffUser> signIn, StaffUser user)
    {
        if (PlatformAuthenticationSetup.SelectScheme(signIn.Context) == IdentityConstants.ApplicationScheme)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new ConflictException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
