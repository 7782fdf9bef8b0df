using ModularSocialWork.BuildingBlocks.Web;
using ModularSocialWork.Modules.ChildProtection.Domain;

namespace ModularSocialWork.Modules.ChildProtection.Features;

/// <summary>Display names of the module's enums (Chinese first; pages pick the language, exports are Chinese).</summary>
internal static class ChildText
{
    public static string CategoryZh(ChildCategory c) => c switch
    {
        ChildCategory.FactuallyUnsupported => "困境儿童·事实无人抚养",
        ChildCategory.Orphan => "困境儿童·孤儿",
        ChildCategory.SeriousIllnessOrDisability => "困境儿童·重病/残疾",
        ChildCategory.PoorFamily => "困境儿童·低保/特困家庭",
        ChildCategory.Abused => "困境儿童·受侵害",
        _ => "农村留守儿童",
    };

    public static string Category(ChildCategory c) => UiText.Pick(CategoryZh(c), c switch
    {
        ChildCategory.FactuallyUnsupported => "In distress: no effective carer",
        ChildCategory.Orphan => "In distress: orphan",
        ChildCategory.SeriousIllnessOrDisability => "In distress: serious illness/disability",
        ChildCategory.PoorFamily => "In distress: low-income family",
        ChildCategory.Abused => "In distress: abused",
        _ => "Left-behind child",
    });

    public static string GuardianshipZh(GuardianshipStatus g) => g switch
    {
        GuardianshipStatus.ParentsCaring => "父母监护",
        GuardianshipStatus.OneParentAway => "一方外出，另一方监护",
        GuardianshipStatus.BothParentsAway => "父母均外出，委托照料",
        GuardianshipStatus.Entrusted => "委托他人监护",
        GuardianshipStatus.NoEffectiveGuardian => "监护缺失",
        _ => "民政部门长期监护",
    };

    public static string Guardianship(GuardianshipStatus g) => UiText.Pick(GuardianshipZh(g), g.ToString());

    public static string RiskZh(RiskLevel r) => r switch { RiskLevel.High => "高风险", RiskLevel.Medium => "中风险", _ => "低风险" };

    public static string Risk(RiskLevel r) => UiText.Pick(RiskZh(r), r switch { RiskLevel.High => "High", RiskLevel.Medium => "Medium", _ => "Low" });

    public static string RiskCss(RiskLevel r) => r switch { RiskLevel.High => "text-bg-danger", RiskLevel.Medium => "text-bg-warning", _ => "text-bg-secondary" };

    public static string LegalBasisZh(LegalBasis b) => b switch
    {
        LegalBasis.StatutoryDuty => "履行法定职责",
        LegalBasis.GuardianConsent => "监护人同意",
        _ => "紧急情况下保护生命健康",
    };

    public static string LegalBasisText(LegalBasis b) => UiText.Pick(LegalBasisZh(b), b switch
    {
        LegalBasis.StatutoryDuty => "Statutory duty",
        LegalBasis.GuardianConsent => "Guardian consent",
        _ => "Vital interests",
    });

    public static string Contact(ContactKind k) => k switch
    {
        ContactKind.Father => UiText.Pick("父亲", "Father"),
        ContactKind.Mother => UiText.Pick("母亲", "Mother"),
        ContactKind.Guardian => UiText.Pick("监护人", "Guardian"),
        _ => UiText.Pick("其他联系人", "Other contact"),
    };

    public static string Status(CaseStatus s) => UiText.Pick(CaseStateMachine.StatusZh(s), CaseStateMachine.StatusEn(s));

    public static string Action(CaseAction a) => UiText.Pick(CaseStateMachine.ActionZh(a), a.ToString());

    public static string Method(VisitMethod m) => m switch
    {
        VisitMethod.HomeVisit => UiText.Pick("入户", "Home visit"),
        VisitMethod.Phone => UiText.Pick("电话", "Phone"),
        VisitMethod.Video => UiText.Pick("视频", "Video"),
        _ => UiText.Pick("到校", "At school"),
    };

    public static string TargetZh(ReferralTarget t) => t switch
    {
        ReferralTarget.Station => "社工站",
        ReferralTarget.MinorProtectionStation => "未成年人保护工作站",
        ReferralTarget.PoliceStation => "派出所",
        ReferralTarget.School => "学校",
        ReferralTarget.Hospital => "医院",
        _ => "社会组织/机构",
    };

    public static string Target(ReferralTarget t) => UiText.Pick(TargetZh(t), t.ToString());

    public static string ReferralStatus(ReferralStatus s) => s switch
    {
        Domain.ReferralStatus.Pending => UiText.Pick("待回复", "Pending"),
        Domain.ReferralStatus.Accepted => UiText.Pick("已接收", "Accepted"),
        _ => UiText.Pick("已拒绝", "Rejected"),
    };

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd") ?? "—";
}
