using ModularSocialWork.BuildingBlocks.Mediation;
using FluentValidation;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Features.Children;

/// <summary>The fields create and update share.</summary>
internal interface IChildProfileInput
{
    ChildCategory Category { get; }
    GuardianshipStatus GuardianshipStatus { get; }
    string? School { get; }
    string? Grade { get; }
    string? HealthNotes { get; }
    string? DisabilityNotes { get; }
    RiskLevel RiskLevel { get; }
    LegalBasis LegalBasis { get; }
    string? ConsentGuardianName { get; }
    DateOnly? ConsentDate { get; }
    string? Notes { get; }
    IReadOnlyList<ContactInput>? Contacts { get; }
}

internal static class ProfileValidation
{
    public static void Apply<T>(AbstractValidator<T> v) where T : IChildProfileInput
    {
        v.RuleFor(c => c.Category).IsNamedMember().WithMessage("儿童类别无效。");
        v.RuleFor(c => c.GuardianshipStatus).IsNamedMember().WithMessage("监护状况无效。");
        v.RuleFor(c => c.RiskLevel).IsNamedMember().WithMessage("风险等级无效。");
        v.RuleFor(c => c.LegalBasis).IsNamedMember().WithMessage("处理依据无效。");
        v.RuleFor(c => c.School).MaximumLength(100).WithMessage("学校不能超过 100 个字符。");
        v.RuleFor(c => c.Grade).MaximumLength(20).WithMessage("年级不能超过 20 个字符。");
        v.RuleFor(c => c.HealthNotes).MaximumLength(ChildProfile.TextMaxLength).WithMessage("健康情况不能超过 2000 个字符。");
        v.RuleFor(c => c.DisabilityNotes).MaximumLength(ChildProfile.TextMaxLength).WithMessage("残疾情况不能超过 2000 个字符。");
        v.RuleFor(c => c.Notes).MaximumLength(ChildProfile.TextMaxLength).WithMessage("备注不能超过 2000 个字符。");
        v.RuleFor(c => c.ConsentGuardianName).Must(n => !string.IsNullOrWhiteSpace(n)).When(c => c.LegalBasis == LegalBasis.GuardianConsent)
            .WithMessage("以监护人同意为处理依据时，须登记同意的监护人姓名。");
        v.RuleFor(c => c.ConsentDate).NotNull().When(c => c.LegalBasis == LegalBasis.GuardianConsent)
            .WithMessage("以监护人同意为处理依据时，须登记同意日期。");
        v.RuleFor(c => c.ConsentGuardianName).MaximumLength(50).WithMessage("监护人姓名不能超过 50 个字符。");
        ChildRules.ApplyContactRules(v, c => c.Contacts);
    }

    /// <summary>Consent fields are kept only where consent is the basis, so a record never shows a stale consent.</summary>
    public static void ApplyConsent(ChildProfile profile, IChildProfileInput input)
    {
        profile.LegalBasis = input.LegalBasis;
        profile.ConsentGuardianName = input.LegalBasis == LegalBasis.GuardianConsent ? ChildRules.Clean(input.ConsentGuardianName) : null;
        profile.ConsentDate = input.LegalBasis == LegalBasis.GuardianConsent ? input.ConsentDate : null;
    }
}
